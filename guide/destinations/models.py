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
from wagtail.models import Orderable
from wagtail.search import index

from guide.core.choices import TransportMode
from guide.core.fields import body_field, text_list_field
from guide.core.pages import GuidePage, GuidePageForm, IndexPage, SeasonMonth
from guide.core.querysets import prefetch_for_fields
from guide.core.representations import image_prefetch
from guide.core.validators import positive_duration_validators
from guide.core.visibility import Visibility
from guide.faqs.models import PageFAQ
from guide.places.models import Place

from .structured_data import destination_structured_data

temperature_validators = [
    MinValueValidator(-60, message="Temperature must be at least -60 °C."),
    MaxValueValidator(100, message="Temperature must be at most 100 °C."),
]


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
    pool_count = models.PositiveSmallIntegerField(
        "number of pools", null=True, blank=True, help_text="For hot springs."
    )
    facilities = text_list_field()

    content_panels = GuidePage.content_panels + [
        FieldPanel("summary"),
        FieldPanel("hero_image"),
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
        FieldPanel("pool_count"),
        FieldPanel("facilities"),
        InlinePanel("access_routes", heading="Getting there", label="Way to get there"),
        InlinePanel("season_months", heading="Season calendar", label="Month", max_num=12),
    ]
    related_panels = [
        MultipleChooserPanel(
            "related_destinations",
            chooser_field_name="destination",
            heading="Related destinations",
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
    base_form_class = GuidePageForm

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
                ({"related_destinations"}, ["related_destinations__destination"]),
                ({"faqs", "structured_data"}, ["faq_links__faq__topic"]),
            ],
        )

    def public_related_destinations(self, visibility: Visibility | None = None) -> list:
        """The related destinations the public may see, in the editor's order."""
        visibility = visibility or Visibility.public()
        return [
            link.destination
            for link in self.related_destinations.all()
            if visibility.is_visible(link.destination)
        ]

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["related"] = self.public_related_destinations(Visibility.for_request(request))
        return context

    def clean(self):
        super().clean()
        low, high = self.temperature_min_c, self.temperature_max_c
        if low is not None and high is not None and low > high:
            raise ValidationError(
                {"temperature_max_c": "The highest temperature must not be below the lowest."}
            )


class DestinationAccessRoute(Orderable):
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


class DestinationSeasonMonth(SeasonMonth):
    page = ParentalKey(DestinationPage, on_delete=models.CASCADE, related_name="season_months")


class RelatedDestination(Orderable):
    page = ParentalKey(
        DestinationPage, on_delete=models.CASCADE, related_name="related_destinations"
    )
    destination = models.ForeignKey(DestinationPage, on_delete=models.CASCADE, related_name="+")

    panels = [PageChooserPanel("destination")]

    def clean(self):
        super().clean()
        if self.destination_id and self.destination_id == self.page_id:
            raise ValidationError({"destination": "A destination cannot be related to itself."})


class DestinationFAQ(PageFAQ, Orderable):
    page = ParentalKey(DestinationPage, on_delete=models.CASCADE, related_name="faq_links")
