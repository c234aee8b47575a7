from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    InlinePanel,
    MultiFieldPanel,
    MultipleChooserPanel,
    ObjectList,
    PageChooserPanel,
    TabbedInterface,
)
from wagtail.fields import StreamField
from wagtail.models import Orderable, TranslatableMixin
from wagtail.search import index

from guide.communities.blocks import ExperienceStreamBlock
from guide.core.choices import TransportMode
from guide.core.fields import body_field, text_list_field
from guide.core.hero_images import hero_image_panels
from guide.core.months import MONTH_CHOICES
from guide.core.pages import GuidePage, IndexPage, SeasonMonth
from guide.core.querysets import prefetch_for_fields
from guide.core.representations import image_prefetch
from guide.core.season_presets import season_calendar_fill_panel
from guide.core.validators import positive_duration_validators
from guide.core.visibility import Visibility
from guide.faqs.models import PageFAQ
from guide.places.models import Place

from .forms import DestinationPageForm
from .structured_data import destination_structured_data

temperature_validators = [
    MinValueValidator(-60, message="Temperature must be at least -60 °C."),
    MaxValueValidator(100, message="Temperature must be at most 100 °C."),
]

pool_count_validators = [
    MinValueValidator(1, message="Count at least one pool, or leave the number empty."),
    MaxValueValidator(100, message="Count at most 100 pools."),
]


class TimeOfDay(models.TextChoices):
    EARLY_MORNING = "early_morning", "Early morning"
    MORNING = "morning", "Morning"
    MIDDAY = "midday", "Midday"
    AFTERNOON = "afternoon", "Afternoon"
    EVENING = "evening", "Evening"
    NIGHT = "night", "Night"


class Likelihood(models.TextChoices):
    COMMON = "common", "Common: seen on most visits"
    LIKELY = "likely", "Likely: seen on many visits"
    OCCASIONAL = "occasional", "Occasional: now and then"
    RARE = "rare", "Rare: a lucky sighting"


class AmountUnit(models.TextChoices):
    MG_PER_L = "mg/L", "mg/L (milligrams per litre)"
    PPM = "ppm", "ppm (parts per million)"
    PERCENT = "%", "% (percent)"


class DestinationIndexPage(IndexPage):
    template = "guide/index_page.html"
    subpage_types = ["guide_destinations.DestinationPage"]


class DestinationPage(GuidePage):
    """A valley, hot spring, town or site that visitors travel to."""

    place = models.ForeignKey(
        Place,
        on_delete=models.PROTECT,
        related_name="destination_pages",
        help_text="Elevation and coordinates are read from the place.",
    )
    body = body_field()
    temperature_min_c = models.SmallIntegerField(
        "lowest temperature (°C)", null=True, blank=True, validators=temperature_validators
    )
    temperature_max_c = models.SmallIntegerField(
        "highest temperature (°C)", null=True, blank=True, validators=temperature_validators
    )
    temperature_note = models.CharField(
        max_length=160,
        blank=True,
        help_text="What the range describes: 'Air, night to midday' or 'Pool water'.",
    )
    # Sources disagree on how many pools a hot spring has, so the count is a range.
    pool_count_min = models.PositiveSmallIntegerField(
        "fewest pools",
        null=True,
        blank=True,
        validators=pool_count_validators,
        help_text="For hot springs. The lowest count given; the only one when sources agree.",
    )
    pool_count_max = models.PositiveSmallIntegerField(
        "most pools",
        null=True,
        blank=True,
        validators=pool_count_validators,
        help_text="The highest count given. Left empty, it is the same as the fewest.",
    )
    pool_count_note = models.CharField(
        "note on the pools",
        max_length=160,
        blank=True,
        help_text="Why the counts differ or what they include: 'Some count the river pool too'.",
    )
    facilities = text_list_field()
    open_all_year = models.BooleanField(
        default=False,
        help_text="Tick when it is open every month. Otherwise list the months it opens below, "
        "or leave both empty when you do not know.",
    )
    opening_hours = models.CharField(
        max_length=120, blank=True, help_text="As visitors need them: 'Daily, 5 am to 9 pm'."
    )
    best_time_of_day = models.CharField(
        max_length=16,
        choices=TimeOfDay.choices,
        blank=True,
        help_text="When a visit is best, if one time of day stands out.",
    )
    best_time_note = models.CharField(
        "why then",
        max_length=160,
        blank=True,
        help_text="The reason for the best time of day: 'Sunrise over the terraces'.",
    )
    experiences = StreamField(
        ExperienceStreamBlock(),
        blank=True,
        help_text="What visitors can do there: bathing, a ceremony, a guided walk.",
    )

    content_panels = GuidePage.content_panels + [
        FieldPanel("summary"),
        *hero_image_panels(),
        FieldPanel("place"),
        FieldPanel("body"),
    ]
    facts_panels = [
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("temperature_min_c"), FieldPanel("temperature_max_c")]),
                FieldPanel("temperature_note"),
            ],
            heading="Temperature",
        ),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("pool_count_min"), FieldPanel("pool_count_max")]),
                FieldPanel("pool_count_note"),
            ],
            heading="Pools",
        ),
        InlinePanel(
            "water_components",
            heading="Water composition",
            label="Component",
            help_text="For hot springs: what the water carries, as the spring's analysis or "
            "signs state it.",
        ),
        MultiFieldPanel(
            [
                FieldPanel("open_all_year"),
                InlinePanel("opening_months", label="Month open", max_num=12),
                FieldPanel("opening_hours"),
                FieldRowPanel([FieldPanel("best_time_of_day"), FieldPanel("best_time_note")]),
            ],
            heading="Opening and best time",
        ),
        FieldPanel("facilities"),
        FieldPanel("experiences"),
        InlinePanel("wildlife", heading="Wildlife you may see", label="Animal"),
        InlinePanel("plants", heading="Plants and their traditional uses", label="Plant"),
        InlinePanel("access_routes", heading="Getting there", label="Way to get there"),
        season_calendar_fill_panel(),
        InlinePanel("season_months", heading="Season calendar", label="Month", max_num=12),
    ]
    related_panels = [
        MultipleChooserPanel(
            "related_destinations",
            chooser_field_name="destination",
            heading="Related destinations",
        ),
        MultipleChooserPanel(
            "nearby_communities",
            chooser_field_name="community",
            heading="Communities nearby",
            help_text="Villages in or around the destination that have a community profile.",
        ),
        MultipleChooserPanel("faq_links", chooser_field_name="faq", heading="FAQs"),
    ]
    edit_handler = TabbedInterface(
        [
            ObjectList(content_panels, heading="Content"),
            ObjectList(facts_panels, heading="Facts"),
            ObjectList(related_panels, heading="Related"),
            ObjectList(GuidePage.promote_panels, heading="Promote"),
            ObjectList(GuidePage.settings_panels, heading="Settings"),
        ]
    )
    base_form_class = DestinationPageForm

    search_fields = GuidePage.search_fields + [
        index.SearchField("body"),
        index.RelatedFields("place", [index.SearchField("name"), index.SearchField("aliases")]),
    ]

    parent_page_types = ["guide_destinations.DestinationIndexPage"]
    subpage_types = []

    def structured_data(self) -> dict:
        """schema.org JSON-LD for the page (the API's `structured_data`)."""
        return destination_structured_data(self)

    @classmethod
    def with_api_relations(cls, queryset, fields: set[str] | None = None):
        """What the API shows of a destination (all, or `fields`), in a fixed number of queries."""
        return prefetch_for_fields(
            queryset.select_related("place"),
            fields,
            [
                ({"hero_image", "structured_data"}, [image_prefetch("hero_image")]),
                ({"access_routes"}, ["access_routes__from_place"]),
                ({"season"}, ["season_months"]),
                ({"opening"}, ["opening_months"]),
                ({"water_composition"}, ["water_components"]),
                ({"wildlife"}, ["wildlife"]),
                ({"plants"}, ["plants"]),
                ({"related_destinations"}, ["related_destinations__destination"]),
                ({"communities"}, ["nearby_communities__community"]),
                ({"faqs", "structured_data"}, ["faq_links__faq__topic"]),
            ],
        )

    def public_related_links(self, visibility: Visibility | None = None) -> list:
        """The related destinations (links with their notes) the public may see, in the
        editor's order."""
        visibility = visibility or Visibility.public()
        return [
            link
            for link in self.related_destinations.all()
            if visibility.is_visible(link.destination)
        ]

    def public_communities(self, visibility: Visibility | None = None) -> list:
        """The nearby communities the public may see, in the editor's order."""
        visibility = visibility or Visibility.public()
        return [
            link.community
            for link in self.nearby_communities.all()
            if visibility.is_visible(link.community)
        ]

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        visibility = Visibility.for_request(request)
        context["related"] = self.public_related_links(visibility)
        context["communities"] = self.public_communities(visibility)
        return context

    def clean(self):
        super().clean()
        errors = {}
        low, high = self.temperature_min_c, self.temperature_max_c
        if low is not None and high is not None and low > high:
            errors["temperature_max_c"] = "The highest temperature must not be below the lowest."
        if self.pool_count_min is None:
            if self.pool_count_max is not None:
                errors["pool_count_min"] = "Give the fewest pools too (the same number if sure)."
            elif self.pool_count_note:
                errors["pool_count_note"] = "Give the number of pools this note is about."
        elif self.pool_count_max is None:
            self.pool_count_max = self.pool_count_min
        elif self.pool_count_min > self.pool_count_max:
            errors["pool_count_max"] = "The most pools must not be below the fewest."
        if errors:
            raise ValidationError(errors)


class DestinationAccessRoute(TranslatableMixin, Orderable):
    """One way to reach a destination, e.g. the train from Ollantaytambo."""

    page = ParentalKey(DestinationPage, on_delete=models.CASCADE, related_name="access_routes")
    mode = models.CharField(max_length=16, choices=TransportMode.choices)
    from_place = models.ForeignKey(Place, on_delete=models.PROTECT, related_name="+")
    duration_min_minutes = models.PositiveIntegerField(
        "shortest duration (minutes)", validators=positive_duration_validators
    )
    duration_max_minutes = models.PositiveIntegerField(
        "longest duration (minutes)", validators=positive_duration_validators
    )
    notes = models.CharField(max_length=250, blank=True)

    panels = [
        FieldRowPanel([FieldPanel("mode"), FieldPanel("from_place")]),
        FieldRowPanel([FieldPanel("duration_min_minutes"), FieldPanel("duration_max_minutes")]),
        FieldPanel("notes"),
    ]

    def clean(self):
        super().clean()
        low, high = self.duration_min_minutes, self.duration_max_minutes
        if low is not None and high is not None and low > high:
            raise ValidationError(
                {"duration_max_minutes": "The longest duration must not be below the shortest."}
            )

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        pass


class DestinationSeasonMonth(SeasonMonth):
    page = ParentalKey(DestinationPage, on_delete=models.CASCADE, related_name="season_months")


class DestinationOpeningMonth(models.Model):
    """A month the destination is open, when it is not open all year."""

    page = ParentalKey(DestinationPage, on_delete=models.CASCADE, related_name="opening_months")
    month = models.PositiveSmallIntegerField(choices=MONTH_CHOICES)

    panels = [FieldPanel("month")]

    class Meta:
        ordering = ["month"]
        verbose_name = "opening month"

    def __str__(self):
        return self.get_month_display()


class WaterComponent(TranslatableMixin, Orderable):
    """A mineral or gas in a hot spring's water, with its amount when it is known."""

    page = ParentalKey(DestinationPage, on_delete=models.CASCADE, related_name="water_components")
    name = models.CharField(
        max_length=80, help_text="A mineral or dissolved gas: 'Sulphur', 'Iron', 'Calcium'."
    )
    amount = models.DecimalField(
        max_digits=9,
        decimal_places=2,
        null=True,
        blank=True,
        validators=[MinValueValidator(0, message="An amount cannot be below zero.")],
        help_text="Leave empty when only its presence is known.",
    )
    unit = models.CharField(max_length=8, choices=AmountUnit.choices, blank=True)
    note = models.CharField(
        max_length=160, blank=True, help_text="Source or what it is said to do."
    )

    panels = [
        FieldPanel("name"),
        FieldRowPanel([FieldPanel("amount"), FieldPanel("unit")]),
        FieldPanel("note"),
    ]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = "water component"

    def clean(self):
        super().clean()
        if self.amount is not None and not self.unit:
            raise ValidationError({"unit": "Choose the unit of the amount."})
        if self.amount is None and self.unit:
            raise ValidationError({"amount": "Give the amount, or clear the unit."})


class DestinationWildlife(TranslatableMixin, Orderable):
    """An animal visitors may see, where and how likely."""

    page = ParentalKey(DestinationPage, on_delete=models.CASCADE, related_name="wildlife")
    species = models.CharField(
        max_length=120, help_text="The name visitors know: 'Andean condor', 'Alpaca'."
    )
    where = models.CharField(
        max_length=160,
        blank=True,
        help_text="Where in or around the destination: 'Grassland below the pass'.",
    )
    likelihood = models.CharField(
        "how likely", max_length=16, choices=Likelihood.choices, default=Likelihood.LIKELY
    )

    panels = [FieldPanel("species"), FieldPanel("where"), FieldPanel("likelihood")]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = "animal"
        verbose_name_plural = "wildlife"


class DestinationPlant(TranslatableMixin, Orderable):
    """A plant of the destination and what people traditionally use it for."""

    page = ParentalKey(DestinationPage, on_delete=models.CASCADE, related_name="plants")
    name = models.CharField(max_length=120, help_text="The common English or Spanish name.")
    local_name = models.CharField(
        "local or Quechua name", max_length=120, blank=True, help_text="Optional: 'ichu'."
    )
    use = models.CharField(
        "traditional use",
        max_length=250,
        help_text="What it is used for: 'Thatch for house roofs', 'Dye for wool'.",
    )

    panels = [FieldRowPanel([FieldPanel("name"), FieldPanel("local_name")]), FieldPanel("use")]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = "plant"


class RelatedDestination(TranslatableMixin, Orderable):
    page = ParentalKey(
        DestinationPage, on_delete=models.CASCADE, related_name="related_destinations"
    )
    destination = models.ForeignKey(DestinationPage, on_delete=models.CASCADE, related_name="+")
    note = models.CharField(
        max_length=250,
        blank=True,
        help_text="Why it is related or how to combine the two: 'Most treks start with a soak "
        "there'.",
    )

    panels = [PageChooserPanel("destination"), FieldPanel("note")]

    def clean(self):
        super().clean()
        if self.destination_id and self.destination_id == self.page_id:
            raise ValidationError({"destination": "A destination cannot be related to itself."})

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        pass


class DestinationCommunity(Orderable):
    """A community profile in or near the destination. The model is named by string so that
    destinations do not import the communities app (which imports the itineraries)."""

    page = ParentalKey(DestinationPage, on_delete=models.CASCADE, related_name="nearby_communities")
    community = models.ForeignKey(
        "guide_communities.CommunityProfilePage", on_delete=models.CASCADE, related_name="+"
    )

    panels = [PageChooserPanel("community")]

    class Meta(Orderable.Meta):
        verbose_name = "nearby community"
        verbose_name_plural = "nearby communities"


class DestinationFAQ(PageFAQ, Orderable):
    page = ParentalKey(DestinationPage, on_delete=models.CASCADE, related_name="faq_links")
