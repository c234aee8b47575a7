"""Schemas of itineraries: the listing card, the days and the full page."""

from datetime import datetime
from typing import Literal

from ninja import Schema
from pydantic import Field

from guide.itineraries.models import Difficulty, OvernightType

from .blocks import GuideBodyBlock
from .common import (
    GuideDistance,
    GuideDuration,
    GuideElevation,
    GuideFAQ,
    GuideImage,
    GuidePageBase,
    GuidePageLink,
    GuidePlace,
    GuideSeasonMonth,
    TransportModeLiteral,
)

DifficultyLiteral = Literal[tuple(Difficulty.values)]  # type: ignore[valid-type]
OvernightTypeLiteral = Literal[tuple(OvernightType.values)]  # type: ignore[valid-type]
MealLiteral = Literal["breakfast", "lunch", "dinner"]


class GuideItineraryCard(Schema):
    """An itinerary as a listing shows it."""

    id: int
    title: str
    path: str
    summary: str
    hero_image: GuideImage | None
    difficulty: DifficultyLiteral
    duration_days: int
    total_distance: GuideDistance | None
    max_altitude: GuideElevation | None
    start_place: GuidePlace | None
    end_place: GuidePlace | None
    best_months: list[int] = Field(description="Months (1-12) rated 'best' in its season.")
    first_published_at: datetime | None


class GuideItineraryList(Schema):
    count: int = Field(description="How many itineraries match, across all pages.")
    items: list[GuideItineraryCard]


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


class GuideItineraryAlternative(GuidePageLink):
    note: str


class GuideItinerary(GuidePageBase):
    """A whole itinerary: facts, derived values, days, season, links and body."""

    type: Literal["itinerary"]
    summary: str
    hero_image: GuideImage | None
    difficulty: DifficultyLiteral
    permit_required: bool
    permit_notes: str
    duration_days: int
    total_distance: GuideDistance | None
    max_altitude: GuideElevation | None
    highest_place: GuidePlace | None
    total_ascent: GuideElevation | None
    total_descent: GuideElevation | None
    start_place: GuidePlace | None
    end_place: GuidePlace | None
    nights: list[GuideNight]
    days: list[GuideDay]
    communities: list[GuidePageLink] = Field(
        description="Published community profiles whose village the route passes or sleeps at."
    )
    includes: list[str]
    excludes: list[str]
    season: list[GuideSeasonMonth]
    best_months: list[int]
    alternatives: list[GuideItineraryAlternative]
    faqs: list[GuideFAQ]
    body: list[GuideBodyBlock]
