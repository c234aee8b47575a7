from django.core.exceptions import ValidationError
from django.db import models
from django.utils.text import slugify
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.search import index

from guide.core.api_fields import RepresentationField
from guide.core.representations import coordinates_representation, elevation_representation
from guide.core.units import metres_to_feet
from guide.core.validators import (
    elevation_validators,
    latitude_validators,
    longitude_validators,
)

from .names import name_key


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


class Place(index.Indexed, models.Model):
    """The single home of a place's facts: every page that mentions it reads them from here."""

    name = models.CharField(max_length=120, unique=True)
    slug = models.SlugField(max_length=120, unique=True, blank=True)
    kind = models.CharField(max_length=32, choices=PlaceKind.choices)
    elevation_m = models.IntegerField(
        "elevation (m)",
        validators=elevation_validators,
        help_text="Metres above sea level. Pages and the API derive feet from this.",
    )
    latitude = models.DecimalField(
        max_digits=9,
        decimal_places=6,
        validators=latitude_validators,
        help_text="Decimal degrees, south is negative (Ollantaytambo: -13.258).",
    )
    longitude = models.DecimalField(
        max_digits=9,
        decimal_places=6,
        validators=longitude_validators,
        help_text="Decimal degrees, west is negative (Ollantaytambo: -72.263).",
    )
    aliases = models.CharField(
        max_length=250,
        blank=True,
        help_text="Other spellings, separated by commas (Ipsay, Ipsayccasa). Search finds them.",
    )
    description = models.TextField(blank=True, max_length=600)
    source_note = models.TextField(
        blank=True,
        help_text="Where the elevation and coordinates come from, and figures other sources give.",
    )

    panels = [
        FieldPanel("name"),
        FieldPanel("slug"),
        FieldPanel("kind"),
        MultiFieldPanel(
            [
                FieldPanel("elevation_m"),
                FieldRowPanel([FieldPanel("latitude"), FieldPanel("longitude")]),
                FieldPanel("source_note"),
            ],
            heading="Facts",
        ),
        FieldPanel("aliases"),
        FieldPanel("description"),
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
        APIField("aliases", serializer=RepresentationField(list, source="alias_list")),
        APIField("description"),
        APIField("source_note"),
    ]

    class Meta:
        ordering = ["name"]

    def __str__(self):
        return f"{self.name} ({self.elevation_m:,} m)"

    def save(self, *args, **kwargs):
        if not self.slug:
            self.slug = slugify(self.name)
        super().save(*args, **kwargs)

    def clean(self):
        super().clean()
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
                        f"the name of {other.name}"
                        if other_name == other.name
                        else f"an alias of {other.name}"
                    )
                    field = "name" if name_key(self.name) == name_key(other_name) else "aliases"
                    raise ValidationError(
                        {
                            field: f"“{mine[name_key(other_name)]}” is already {taken_by} "
                            f"({other.elevation_m:,} m). Edit that place, or give this one "
                            "another name."
                        }
                    )

    @property
    def elevation_ft(self) -> int:
        return metres_to_feet(self.elevation_m)

    @property
    def alias_list(self) -> list[str]:
        return [alias.strip() for alias in self.aliases.split(",") if alias.strip()]
