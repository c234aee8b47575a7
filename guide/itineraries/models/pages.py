"""The itinerary page types and what hangs off an itinerary besides its days."""

from dataclasses import dataclass
from datetime import datetime, time, timedelta
from decimal import Decimal

from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Prefetch
from django.utils import timezone
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
from wagtail.models import Orderable, TranslatableMixin
from wagtail.search import index

from guide.core.fields import body_field, text_list_field
from guide.core.hero_images import hero_image_panels
from guide.core.pages import GuidePage, IndexPage, SeasonMonth
from guide.core.querysets import prefetch_for_fields
from guide.core.representations import (
    image_prefetch,
)
from guide.core.season_presets import season_calendar_fill_panel
from guide.core.visibility import Visibility
from guide.faqs.models import PageFAQ
from guide.places.models import Place, PlaceKind

from ..forms import ItineraryPageForm, copy_days_panels
from ..structured_data import itinerary_structured_data
from .days import ItineraryDay
from .departures import DepartureInlinePanel, DepartureStatus, ItineraryDeparture, upcoming


class Difficulty(models.TextChoices):
    EASY = "easy", "Easy"
    MODERATE = "moderate", "Moderate"
    CHALLENGING = "challenging", "Challenging"
    STRENUOUS = "strenuous", "Strenuous"


def days_prefetch(prefix: str = "") -> list:
    """Prefetches that load days with all their places in a fixed number of queries."""
    return [
        Prefetch(
            f"{prefix}days",
            queryset=ItineraryDay.objects.select_related(
                "from_place", "to_place", "overnight_place"
            ).prefetch_related(
                "waypoints__place", "transport_legs__from_place", "transport_legs__to_place"
            ),
        )
    ]


# The API fields that read the days and their places.
FIELDS_FROM_DAYS = {
    "duration_days",
    "total_distance",
    "max_altitude",
    "highest_place",
    "total_ascent",
    "total_descent",
    "start_place",
    "end_place",
    "nights",
    "daily_walking",
    "days",
    "structured_data",
}


# The API fields that read the departures.
FIELDS_FROM_DEPARTURES = {
    "departures",
    "next_departure",
    "price_from",
    "departure_months",
    "structured_data",
}


class LeadTimeUnit(models.TextChoices):
    DAYS = "days", "Days"
    WEEKS = "weeks", "Weeks"
    MONTHS = "months", "Months"


@dataclass(frozen=True)
class DailyWalking:
    """The spread of the walking days: the shortest and longest day, by hours and distance."""

    days: int  # days with hiking hours or a distance
    hours_min: Decimal | None
    hours_max: Decimal | None
    distance_min_km: Decimal | None
    distance_max_km: Decimal | None


class ItineraryIndexPage(IndexPage):
    template = "guide/index_page.html"
    subpage_types = ["guide_itineraries.ItineraryPage"]


class ItineraryPage(GuidePage):
    """One route variant, e.g. the 4-day Lares trek. Totals and maxima are derived from its days."""

    difficulty = models.CharField(max_length=16, choices=Difficulty.choices)
    permit_required = models.BooleanField(
        default=False, help_text="Tick when walking the route itself needs a permit."
    )
    permit_notes = models.CharField(
        max_length=250, blank=True, help_text="Other tickets to book, e.g. Machu Picchu entry."
    )
    acclimatisation_days = models.PositiveSmallIntegerField(
        "days to acclimatise first",
        null=True,
        blank=True,
        validators=[
            MinValueValidator(1, message="Give at least one day, or leave it empty."),
            MaxValueValidator(14, message="Give at most 14 days."),
        ],
        help_text="Days recommended at altitude before day one, e.g. 2 in Cusco. Leave empty "
        "when the route needs none.",
    )
    includes = text_list_field()
    excludes = text_list_field()
    body = body_field()

    content_panels = GuidePage.content_panels + [
        FieldPanel("summary"),
        *hero_image_panels(),
        FieldPanel("difficulty"),
        FieldPanel("body"),
    ]
    facts_panels = [
        MultiFieldPanel(
            [FieldPanel("permit_required"), FieldPanel("permit_notes")], heading="Permits"
        ),
        InlinePanel(
            "booking_lead_times",
            heading="Book ahead",
            label="Ticket or seat",
            help_text="Permits, tickets and trains that sell out, and how far ahead to book them.",
        ),
        FieldPanel("acclimatisation_days"),
    ]
    # At least one day is required on publishing by the form, which counts copied days too.
    days_panels = [*copy_days_panels(), InlinePanel("days", label="Day", heading="Day by day")]
    departures_panels = [
        DepartureInlinePanel(
            "departures",
            label="Departure",
            heading="Departures",
            help_text="Dated groups with seats and a price per person. Past departures drop "
            "out of the site by themselves.",
        )
    ]
    details_panels = [
        FieldPanel("includes"),
        FieldPanel("excludes"),
        season_calendar_fill_panel(),
        InlinePanel("season_months", heading="Season calendar", label="Month", max_num=12),
        InlinePanel("alternatives", heading="Alternatives", label="Alternative"),
        MultipleChooserPanel("faq_links", chooser_field_name="faq", heading="FAQs"),
    ]
    edit_handler = TabbedInterface(
        [
            ObjectList(content_panels, heading="Content"),
            ObjectList(facts_panels, heading="Facts"),
            ObjectList(days_panels, heading="Days"),
            ObjectList(departures_panels, heading="Departures"),
            ObjectList(details_panels, heading="Details"),
            ObjectList(GuidePage.promote_panels, heading="Promote"),
            ObjectList(GuidePage.settings_panels, heading="Settings"),
        ]
    )
    base_form_class = ItineraryPageForm

    search_fields = GuidePage.search_fields + [
        index.SearchField("body"),
        index.FilterField("difficulty"),
    ]

    parent_page_types = ["guide_itineraries.ItineraryIndexPage"]
    subpage_types = []

    def structured_data(self, operator=None) -> dict:
        """schema.org JSON-LD for the page (the API's `structured_data`), naming ``operator``
        as the provider."""
        return itinerary_structured_data(self, operator)

    @classmethod
    def with_api_relations(cls, queryset, fields: set[str] | None = None):
        """What the API shows of an itinerary (all, or `fields`), in a fixed number of queries."""
        return prefetch_for_fields(
            queryset,
            fields,
            [
                ({"hero_image", "structured_data"}, [image_prefetch("hero_image")]),
                (FIELDS_FROM_DAYS, days_prefetch()),
                ({"season"}, ["season_months"]),
                ({"alternatives"}, ["alternatives__alternative"]),
                ({"book_ahead"}, ["booking_lead_times"]),
                (FIELDS_FROM_DEPARTURES, ["departures"]),
                ({"faqs", "structured_data"}, ["faq_links__faq__topic"]),
            ],
        )

    # Everything below is derived from the days and their places, never typed.

    def ordered_days(self) -> list[ItineraryDay]:
        return list(self.days.all())

    @property
    def duration_days(self) -> int:
        return len(self.ordered_days())

    @property
    def start_place(self) -> Place | None:
        days = self.ordered_days()
        return days[0].from_place if days else None

    @property
    def end_place(self) -> Place | None:
        days = self.ordered_days()
        return days[-1].to_place if days else None

    def route_places(self) -> list[Place]:
        """Every place of the route in walking order, without immediate repeats."""
        route = []
        for day in self.ordered_days():
            for place in day.route_places():
                if not route or route[-1].pk != place.pk:
                    route.append(place)
        return route

    def all_places(self) -> list[Place]:
        """The route's places and the places slept at, each once."""
        places = {place.pk: place for place in self.route_places()}
        for day in self.ordered_days():
            if day.sleeping_place:
                places.setdefault(day.sleeping_place.pk, day.sleeping_place)
        return list(places.values())

    def highest_place(self) -> Place | None:
        """The highest place whose elevation is known."""
        known = [place for place in self.all_places() if place.elevation_m is not None]
        return max(known, key=lambda place: place.elevation_m, default=None)

    @property
    def max_altitude_m(self) -> int | None:
        highest = self.highest_place()
        return highest.elevation_m if highest else None

    @property
    def total_ascent_m(self) -> int:
        return sum(day.ascent_m or 0 for day in self.ordered_days())

    @property
    def total_descent_m(self) -> int:
        return sum(day.descent_m or 0 for day in self.ordered_days())

    @property
    def total_distance_km(self):
        return sum((day.distance_km for day in self.ordered_days() if day.distance_km), start=0)

    def daily_walking(self) -> DailyWalking | None:
        """The shortest and longest walking day, by hiking hours and by distance; None when no
        day records either."""
        walking = [
            day
            for day in self.ordered_days()
            if day.hiking_hours_min is not None or day.distance_km is not None
        ]
        if not walking:
            return None
        timed = [day for day in walking if day.hiking_hours_min is not None]
        distances = [day.distance_km for day in walking if day.distance_km is not None]
        return DailyWalking(
            days=len(walking),
            hours_min=min((day.hiking_hours_min for day in timed), default=None),
            hours_max=max((day.hiking_hours_max for day in timed), default=None),
            distance_min_km=min(distances, default=None),
            distance_max_km=max(distances, default=None),
        )

    def nights(self) -> list[tuple[int, Place]]:
        """(day number, place slept at) for each night on the route."""
        return [
            (number, day.sleeping_place)
            for number, day in enumerate(self.ordered_days(), start=1)
            if day.sleeping_place
        ]

    def passes(self) -> list[Place]:
        return [place for place in self.route_places() if place.kind == PlaceKind.PASS]

    # Departures: what is dated from today on. The stored JSON is rendered again after the
    # first of them has passed (`api_stale_after`).

    def upcoming_departures(self) -> list[ItineraryDeparture]:
        return upcoming(self.departures.all())

    def next_departure(self) -> ItineraryDeparture | None:
        """The first departure a traveller can still book."""
        return next((dep for dep in self.upcoming_departures() if dep.is_bookable), None)

    def price_from(self) -> ItineraryDeparture | None:
        """The bookable departure with the lowest price; among several currencies, the one of
        the next departure with a price."""
        priced = [dep for dep in self.upcoming_departures() if dep.is_bookable and dep.price_minor]
        if not priced:
            return None
        currency = priced[0].currency
        return min(
            (dep for dep in priced if dep.currency == currency),
            key=lambda dep: dep.price_minor,
        )

    def departure_months(self) -> list[str]:
        """'YYYY-MM' of each month with a departure that is not cancelled."""
        months = {
            f"{dep.start_date:%Y-%m}"
            for dep in self.upcoming_departures()
            if dep.status != DepartureStatus.CANCELLED
        }
        return sorted(months)

    def api_stale_after(self) -> datetime | None:
        """When the stored JSON stops being true by itself: the day after the next departure."""
        departures = self.upcoming_departures()
        if not departures:
            return None
        day_after = departures[0].start_date + timedelta(days=1)
        return timezone.make_aware(datetime.combine(day_after, time.min))

    def public_alternatives(self, visibility: Visibility | None = None) -> list:
        """The alternatives (links with their notes) whose itinerary the public may see."""
        visibility = visibility or Visibility.public()
        return [link for link in self.alternatives.all() if visibility.is_visible(link.alternative)]

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["days"] = self.ordered_days()
        context["alternatives"] = self.public_alternatives(Visibility.for_request(request))
        return context


class ItinerarySeasonMonth(SeasonMonth):
    page = ParentalKey(ItineraryPage, on_delete=models.CASCADE, related_name="season_months")


class ItineraryAlternative(TranslatableMixin, Orderable):
    page = ParentalKey(ItineraryPage, on_delete=models.CASCADE, related_name="alternatives")
    alternative = models.ForeignKey(ItineraryPage, on_delete=models.CASCADE, related_name="+")
    note = models.CharField(max_length=250, blank=True, help_text="Who it suits better and why.")

    panels = [PageChooserPanel("alternative"), FieldPanel("note")]

    def clean(self):
        super().clean()
        if self.alternative_id and self.alternative_id == self.page_id:
            raise ValidationError({"alternative": "An itinerary cannot be its own alternative."})

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        pass


class ItineraryBookingLeadTime(TranslatableMixin, Orderable):
    """Something to book before the trip, and how far ahead: 'Machu Picchu entry, 2 to 3
    months'."""

    page = ParentalKey(ItineraryPage, on_delete=models.CASCADE, related_name="booking_lead_times")
    item = models.CharField(
        "what to book",
        max_length=120,
        help_text="A permit, ticket or seat: 'Train Ollantaytambo–Aguas Calientes'.",
    )
    ahead_min = models.PositiveSmallIntegerField(
        "at least",
        validators=[MinValueValidator(1, message="Book at least one day, week or month ahead.")],
    )
    ahead_max = models.PositiveSmallIntegerField(
        "up to",
        null=True,
        blank=True,
        help_text="For a range such as '2 to 3 months'; leave empty for a single figure.",
    )
    unit = models.CharField(max_length=8, choices=LeadTimeUnit.choices, default=LeadTimeUnit.MONTHS)
    note = models.CharField(
        max_length=250, blank=True, help_text="Why, or what sells out first: 'Morning trains'."
    )

    panels = [
        FieldPanel("item"),
        FieldRowPanel([FieldPanel("ahead_min"), FieldPanel("ahead_max"), FieldPanel("unit")]),
        FieldPanel("note"),
    ]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = "booking lead time"

    def clean(self):
        super().clean()
        low, high = self.ahead_min, self.ahead_max
        if low is not None and high is not None and high < low:
            raise ValidationError({"ahead_max": "'Up to' must not be below 'at least'."})


class ItineraryFAQ(PageFAQ, Orderable):
    page = ParentalKey(ItineraryPage, on_delete=models.CASCADE, related_name="faq_links")
