"""Schemas of itineraries: the listing card, the days and the full page."""

from datetime import date
from typing import Annotated, Literal

from ninja import Schema
from pydantic import Field

from guide.core.api_fields import text_list
from guide.core.choices import SeasonRating
from guide.core.hero_images import hero_image_representation
from guide.core.representations import (
    distance_representation,
    elevation_representation,
    place_representation,
)
from guide.itineraries.models import DepartureStatus, Difficulty, ItineraryPage, OvernightType
from guide.itineraries.models.pages import LeadTimeUnit
from guide.itineraries.representations import (
    acclimatisation_representation,
    booking_lead_time_representation,
    daily_walking_representation,
    days_representation,
    departure_representation,
    nights_representation,
    price_from_representation,
    season_month_representation,
)

from .. import resolvers
from ..declarations import From, declare, many
from .blocks import GuideBodyBlock
from .common import (
    GuideDistance,
    GuideDuration,
    GuideElevation,
    GuideFAQ,
    GuideImage,
    GuideJsonValue,
    GuidePageBase,
    GuidePageLink,
    GuidePlace,
    GuideSeasonMonth,
    TransportModeLiteral,
)

DifficultyLiteral = Literal[tuple(Difficulty.values)]  # type: ignore[valid-type]
OvernightTypeLiteral = Literal[tuple(OvernightType.values)]  # type: ignore[valid-type]
MealLiteral = Literal["breakfast", "lunch", "dinner"]
DepartureStatusLiteral = Literal[tuple(DepartureStatus.values)]  # type: ignore[valid-type]
LeadTimeUnitLiteral = Literal[tuple(LeadTimeUnit.values)]  # type: ignore[valid-type]


class GuideHoursRange(Schema):
    min: float
    max: float


class GuideOvernight(Schema):
    type: OvernightTypeLiteral
    place: GuidePlace


class GuideTransportLeg(Schema):
    mode: TransportModeLiteral
    from_place: GuidePlace
    to_place: GuidePlace
    duration: GuideDuration
    notes: str


class GuideDay(Schema):
    number: int = Field(ge=1)
    title: str
    from_place: GuidePlace
    to_place: GuidePlace
    places_passed: list[GuidePlace]
    hiking_hours: GuideHoursRange | None
    distance: GuideDistance | None
    ascent: GuideElevation | None
    descent: GuideElevation | None
    overnight: GuideOvernight | None
    meals: list[MealLiteral]
    transport: list[GuideTransportLeg]
    description: str = Field(description="HTML.")


class GuideNight(Schema):
    day: int = Field(ge=1, description="The number of the day that ends with this night.")
    place: GuidePlace


class GuideNightFinding(Schema):
    """A night the acclimatisation check flags (Wilderness Medical Society guidance)."""

    day: int = Field(ge=1, description="The number of the day that ends with this night.")
    kind: Literal["gain", "rest"] = Field(
        description="gain: sleeps too much higher than the night before; rest: too many nights "
        "of gains in a row without a rest day."
    )
    sleeping_altitude: GuideElevation
    gain: GuideElevation = Field(description="How much higher than the night before.")
    message: str = Field(description="One sentence for readers and editors.")


class GuideItineraryAlternative(GuidePageLink):
    note: str


class GuideDistanceRange(Schema):
    min: GuideDistance
    max: GuideDistance


class GuideDailyWalking(Schema):
    """The shortest and the longest walking day, derived from the days."""

    days: int = Field(ge=1, description="Days with hiking hours or a distance.")
    hours: GuideHoursRange | None = Field(
        description="From the least hours of the shortest day to the most of the longest."
    )
    distance: GuideDistanceRange | None = Field(
        description="From the shortest day's distance to the longest's."
    )


class GuideBookingLeadTime(Schema):
    item: str = Field(description="What to book, e.g. 'Train Ollantaytambo–Aguas Calientes'.")
    min: int = Field(ge=1, description="Book at least this far ahead, in `unit`.")
    max: int = Field(ge=1, description="Up to this far ahead; equal to min for one figure.")
    unit: LeadTimeUnitLiteral
    note: str


class GuidePrice(Schema):
    """An exact price: a decimal string, the integer minor units it is stored in, a currency."""

    amount: str = Field(pattern=r"^\d+(\.\d+)?$", description="In major units: '1250.00'.")
    amount_minor: int = Field(ge=0, description="In the currency's minor units: 125000.")
    currency: str = Field(pattern=r"^[A-Z]{3}$", description="ISO 4217 code.")


class GuideDeparture(Schema):
    """A dated departure of the itinerary."""

    id: int
    start_date: date
    status: DepartureStatusLiteral
    seats_total: int | None = Field(description="null when seats are given on request.")
    seats_left: int | None = Field(description="null when seats are given on request.")
    bookable: bool = Field(
        description="Open, guaranteed or few seats, and not out of seats: a traveller can ask "
        "to join."
    )
    price: GuidePrice | None = Field(description="Per person; null when not published.")
    single_supplement: GuidePrice | None
    price_includes: str
    note: str


def _departures(page, visibility) -> list[dict]:
    return [departure_representation(dep) for dep in page.upcoming_departures()]


def _next_departure(page, visibility) -> dict | None:
    departure = page.next_departure()
    return departure_representation(departure) if departure else None


def _best_months(page, visibility) -> list[int]:
    return [month.month for month in page.season_months.all() if month.rating == SeasonRating.BEST]


@declare(
    ItineraryPage,
    card=(
        "summary",
        "hero_image",
        "difficulty",
        "duration_days",
        "total_distance",
        "max_altitude",
        "start_place",
        "end_place",
        "best_months",
        "next_departure",
        "price_from",
        "first_published_at",
    ),
)
class GuideItinerary(GuidePageBase):
    """A whole itinerary: facts, derived values, days, season, links and body."""

    type: Literal["itinerary"]
    summary: Annotated[str, From("summary")]
    hero_image: Annotated[GuideImage | None, From(hero_image_representation)]
    difficulty: Annotated[DifficultyLiteral, From("difficulty")]
    permit_required: Annotated[bool, From("permit_required")]
    permit_notes: Annotated[str, From("permit_notes")]
    book_ahead: Annotated[
        list[GuideBookingLeadTime],
        From("booking_lead_times", many(booking_lead_time_representation)),
    ]
    duration_days: Annotated[int, From("duration_days")]
    total_distance: Annotated[
        GuideDistance | None, From("total_distance_km", distance_representation)
    ]
    max_altitude: Annotated[GuideElevation | None, From("max_altitude_m", elevation_representation)]
    highest_place: Annotated[GuidePlace | None, From("highest_place", place_representation)]
    total_ascent: Annotated[GuideElevation | None, From("total_ascent_m", elevation_representation)]
    total_descent: Annotated[
        GuideElevation | None, From("total_descent_m", elevation_representation)
    ]
    start_place: Annotated[GuidePlace | None, From("start_place", place_representation)]
    end_place: Annotated[GuidePlace | None, From("end_place", place_representation)]
    daily_walking: Annotated[
        GuideDailyWalking | None, From(lambda page, _: daily_walking_representation(page))
    ]
    nights: Annotated[list[GuideNight], From(lambda page, _: nights_representation(page))]
    days: Annotated[list[GuideDay], From(lambda page, _: days_representation(page))]
    acclimatisation_days: Annotated[int | None, From("acclimatisation_days")] = Field(
        description="Days recommended at altitude (e.g. in Cusco) before the first day."
    )
    acclimatisation: Annotated[
        list[GuideNightFinding], From(lambda page, _: acclimatisation_representation(page))
    ] = Field(
        description="Nights where the altitude slept at rises faster than acclimatisation "
        'guidance advises (thresholds in GUIDE["ACCLIMATISATION"]); empty when none.'
    )
    departures: Annotated[list[GuideDeparture], From(_departures)] = Field(
        description="Departures from today on, by date (full and cancelled ones included)."
    )
    next_departure: Annotated[GuideDeparture | None, From(_next_departure)] = Field(
        description="The first departure a traveller can still ask to join."
    )
    price_from: Annotated[
        GuidePrice | None, From(lambda page, _: price_from_representation(page))
    ] = Field(
        description="The lowest price per person of the bookable departures (in the currency "
        "of the next priced one)."
    )
    departure_months: Annotated[list[str], From("departure_months")] = Field(
        description="'YYYY-MM' of each month with a departure that is not cancelled."
    )
    communities: Annotated[list[GuidePageLink], From(resolvers.communities_visited)] = Field(
        description="Published community profiles whose village the route passes or sleeps at."
    )
    includes: Annotated[list[str], From("includes", text_list)]
    excludes: Annotated[list[str], From("excludes", text_list)]
    season: Annotated[
        list[GuideSeasonMonth], From("season_months", many(season_month_representation))
    ]
    best_months: Annotated[list[int], From(_best_months)] = Field(
        description="Months (1-12) rated 'best' in its season."
    )
    alternatives: Annotated[list[GuideItineraryAlternative], From(resolvers.alternatives)]
    faqs: Annotated[list[GuideFAQ], From(resolvers.faqs)]
    body: Annotated[list[GuideBodyBlock], From(resolvers.body)]
    structured_data: Annotated[
        dict[str, GuideJsonValue] | None, From(resolvers.trip_structured_data)
    ] = Field(description="schema.org JSON-LD: a TouristTrip with its offers and provider.")


GuideItineraryCard = GuideItinerary.card_schema


class GuideItineraryList(Schema):
    count: int = Field(description="How many itineraries match, across all pages.")
    items: list[GuideItineraryCard]
