from django.contrib.contenttypes.fields import GenericRelation
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.text import slugify
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    InlinePanel,
    MultiFieldPanel,
    PublishingPanel,
)
from wagtail.api import APIField
from wagtail.models import DraftStateMixin, Orderable, PreviewableMixin, RevisionMixin
from wagtail.search import index

from guide.core.api_fields import RepresentationField
from guide.core.representations import (
    coordinates_representation,
    elevation_representation,
    precision_representation,
    sources_representation,
)
from guide.core.units import metres_to_feet
from guide.core.validators import (
    elevation_validators,
    latitude_validators,
    longitude_validators,
)

from .names import name_key
from .precision import Precision, check_precision


class PlaceKind(models.TextChoices):
    VILLAGE = "village", "Village"
    TOWN = "town", "Town"
    CITY = "city", "City"
    PASS = "pass", "Mountain pass"
    LAKE = "lake", "Lake"
    PEAK = "peak", "Peak"
    HOT_SPRING = "hot_spring", "Hot spring"
    TRAILHEAD = "trailhead", "Trailhead"
    STATION = "station", "Station"
    CAMPSITE = "campsite", "Campsite"
    ARCHAEOLOGICAL_SITE = "archaeological_site", "Archaeological site"
    VALLEY = "valley", "Valley"


class Place(PreviewableMixin, DraftStateMixin, RevisionMixin, index.Indexed, ClusterableModel):
    """The single home of a place's facts: every page that mentions it reads them from here.

    Edits are drafts until published (or scheduled): the row always holds the published facts,
    so no page changes behind its editor's back; the preview lists what publishing changes.
    """

    name = models.CharField(max_length=120, unique=True)
    slug = models.SlugField(max_length=120, unique=True, blank=True)
    kind = models.CharField(max_length=32, choices=PlaceKind.choices)
    elevation_m = models.IntegerField(
        "elevation (m)",
        null=True,
        blank=True,
        validators=elevation_validators,
        help_text="Metres above sea level. Pages and the API derive feet from this. "
        "Leave empty only when the precision is 'unknown'.",
    )
    elevation_precision = models.CharField(
        max_length=16, choices=Precision.choices, default=Precision.EXACT
    )
    elevation_margin_m = models.PositiveIntegerField(
        "elevation margin (± m)",
        null=True,
        blank=True,
        help_text="For an approximate elevation: how far off it may be.",
    )
    latitude = models.DecimalField(
        max_digits=9,
        decimal_places=6,
        null=True,
        blank=True,
        validators=latitude_validators,
        help_text="Decimal degrees, south is negative (Ollantaytambo: -13.258).",
    )
    longitude = models.DecimalField(
        max_digits=9,
        decimal_places=6,
        null=True,
        blank=True,
        validators=longitude_validators,
        help_text="Decimal degrees, west is negative (Ollantaytambo: -72.263).",
    )
    coordinates_precision = models.CharField(
        max_length=16, choices=Precision.choices, default=Precision.EXACT
    )
    coordinates_margin_m = models.PositiveIntegerField(
        "coordinates margin (± m)",
        null=True,
        blank=True,
        help_text="For approximate coordinates: how far off they may be.",
    )
    aliases = models.CharField(
        max_length=250,
        blank=True,
        help_text="Other spellings, separated by commas (Ipsay, Ipsayccasa). Search finds them.",
    )
    description = models.TextField(blank=True, max_length=600)
    source_note = models.TextField(
        blank=True,
        help_text="Anything about the sources the list of sources cannot say.",
    )
    _revisions = GenericRelation("wagtailcore.Revision", related_query_name="place")

    panels = [
        FieldPanel("name"),
        FieldPanel("slug"),
        FieldPanel("kind"),
        MultiFieldPanel(
            [
                FieldRowPanel(
                    [
                        FieldPanel("elevation_m"),
                        FieldPanel("elevation_precision"),
                        FieldPanel("elevation_margin_m"),
                    ]
                ),
                FieldRowPanel([FieldPanel("latitude"), FieldPanel("longitude")]),
                FieldRowPanel(
                    [FieldPanel("coordinates_precision"), FieldPanel("coordinates_margin_m")]
                ),
            ],
            heading="Facts",
        ),
        InlinePanel(
            "sources",
            heading="Sources",
            label="Source",
            help_text="Where the facts come from, with the figure each source gives, "
            "so a disagreement between sources is recorded on the one place.",
        ),
        FieldPanel("source_note"),
        FieldPanel("aliases"),
        FieldPanel("description"),
        PublishingPanel(),
    ]

    search_fields = [
        index.SearchField("name", boost=2),
        index.AutocompleteField("name"),
        index.SearchField("aliases"),
        index.AutocompleteField("aliases"),
        index.SearchField("description"),
        index.FilterField("kind"),
    ]

    api_fields = [
        APIField("name"),
        APIField("slug"),
        APIField("kind"),
        APIField(
            "elevation",
            serializer=RepresentationField(elevation_representation, source="elevation_m"),
        ),
        APIField(
            "coordinates", serializer=RepresentationField(coordinates_representation, source="*")
        ),
        APIField("precision", serializer=RepresentationField(precision_representation, source="*")),
        APIField("sources", serializer=RepresentationField(sources_representation, source="*")),
        APIField("aliases", serializer=RepresentationField(list, source="alias_list")),
        APIField("description"),
        APIField("source_note"),
    ]

    class Meta:
        ordering = ["name"]

    def __str__(self):
        if self.elevation_m is None:
            return self.name
        return f"{self.name} ({self.elevation_m:,} m)"

    @property
    def revisions(self):
        return self._revisions

    def get_preview_template(self, request, mode_name):
        return "guide_places/place_preview.html"

    def get_preview_context(self, request, mode_name):
        from .changes import changes_on_publish

        context = super().get_preview_context(request, mode_name)
        context["changes"] = changes_on_publish(self)
        return context

    def save(self, *args, **kwargs):
        if not self.slug:
            self.slug = slugify(self.name)
        super().save(*args, **kwargs)

    def clean(self):
        super().clean()
        errors = {
            **check_precision(
                self.elevation_precision,
                self.elevation_margin_m,
                [self.elevation_m],
                field="elevation_m",
                margin_field="elevation_margin_m",
                what="the elevation",
            ),
            **check_precision(
                self.coordinates_precision,
                self.coordinates_margin_m,
                [self.latitude, self.longitude],
                field="latitude",
                margin_field="coordinates_margin_m",
                what="the coordinates",
            ),
        }
        if errors:
            raise ValidationError(errors)
        self.refuse_a_name_taken_by_another_place()

    def names(self) -> list[str]:
        return [self.name, *self.alias_list]

    def refuse_a_name_taken_by_another_place(self):
        """One place, one record: a name or alias that is already another place's (whatever
        its accents or case) would let the same pass exist twice with two altitudes."""
        mine = {name_key(name): name for name in self.names() if name.strip()}
        for other in Place.objects.exclude(pk=self.pk).only("name", "aliases", "elevation_m"):
            for other_name in other.names():
                if name_key(other_name) in mine:
                    taken_by = (
                        f"the name of {other}"
                        if other_name == other.name
                        else f"an alias of {other}"
                    )
                    field = "name" if name_key(self.name) == name_key(other_name) else "aliases"
                    raise ValidationError(
                        {
                            field: f"“{mine[name_key(other_name)]}” is already {taken_by}. "
                            "Edit that place, or give this one another name."
                        }
                    )

    @property
    def elevation_ft(self) -> int | None:
        return None if self.elevation_m is None else metres_to_feet(self.elevation_m)

    @property
    def has_coordinates(self) -> bool:
        return self.latitude is not None and self.longitude is not None

    @property
    def alias_list(self) -> list[str]:
        return [alias.strip() for alias in self.aliases.split(",") if alias.strip()]


class FactKind(models.TextChoices):
    ELEVATION = "elevation", "Elevation"
    COORDINATES = "coordinates", "Coordinates"
    OTHER = "other", "Other"


class PlaceSource(Orderable):
    """A source for a place's facts and the figure it gives (which may disagree with ours)."""

    place = ParentalKey(Place, on_delete=models.CASCADE, related_name="sources")
    title = models.CharField(max_length=200, help_text="A book, a map, an operator's page.")
    url = models.URLField("URL", blank=True)
    fact = models.CharField(max_length=16, choices=FactKind.choices, default=FactKind.ELEVATION)
    figure = models.CharField(
        max_length=120, blank=True, help_text="The figure as the source gives it: '4,500 m'."
    )
    elevation_m = models.IntegerField(
        "its elevation (m)",
        null=True,
        blank=True,
        validators=elevation_validators,
        help_text="For an elevation source: the figure in metres, so sources can be compared.",
    )
    checked_on = models.DateField(help_text="When someone last checked what the source says.")

    panels = [
        FieldRowPanel([FieldPanel("title"), FieldPanel("url")]),
        FieldRowPanel([FieldPanel("fact"), FieldPanel("figure"), FieldPanel("elevation_m")]),
        FieldPanel("checked_on"),
    ]

    def __str__(self):
        return f"{self.title}: {self.figure}" if self.figure else self.title
