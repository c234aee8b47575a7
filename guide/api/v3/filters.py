"""The itinerary listing's filters and ordering, computed in SQL.

Duration and maximum altitude are derived from the days, so they are annotated as subqueries
(the number of days; the highest elevation of the days' start, end and overnight places and of
their waypoints) and the database filters and sorts on them: the listing stays a fixed number of
queries whatever the filters.
"""

from typing import Literal

from django.db.models import (
    Count,
    Exists,
    F,
    IntegerField,
    Max,
    OuterRef,
    QuerySet,
    Subquery,
    Sum,
)
from django.db.models.functions import Coalesce, Greatest
from django.utils import timezone
from pydantic import Field, model_validator

from guide.core.choices import SeasonRating
from guide.core.visibility import public_snippets
from guide.itineraries.models import (
    DayWaypoint,
    DepartureStatus,
    ItineraryDay,
    ItineraryDeparture,
    ItinerarySeasonMonth,
)
from guide.itineraries.models.departures import bookable_q
from guide.itineraries.passing import passes_through_q
from guide.places.models import Place

from ..numbers import is_whole_number
from .errors import BadRequest
from .params import CardListParams
from .schemas.itineraries import DifficultyLiteral

MAX_DAYS = 365
MAX_ID = 2**63 - 1  # the largest id a bigint column holds
MAX_ELEVATION_M = 9_000
# YYYY-MM from year 1000 on: a year 0 would break the database's date lookup.
MONTH_PATTERN = r"^[1-9]\d{3}-(0[1-9]|1[0-2])$"

ItineraryOrdering = Literal[
    "title",
    "-title",
    "duration_days",
    "-duration_days",
    "max_altitude",
    "-max_altitude",
    "total_distance",
    "-total_distance",
    "first_published_at",
    "-first_published_at",
]

# Annotation names differ from the model's own properties (duration_days, max_altitude_m).
DAYS = "v3_duration_days"
MAX_ALTITUDE = "v3_max_altitude_m"
DISTANCE = "v3_total_distance_km"

ORDERING_FIELDS = {
    "title": "title",
    "duration_days": DAYS,
    "max_altitude": MAX_ALTITUDE,
    "total_distance": DISTANCE,
    "first_published_at": "first_published_at",
}


class ItineraryParams(CardListParams):
    difficulty: DifficultyLiteral | None = None
    min_days: int | None = Field(default=None, ge=1, le=MAX_DAYS, description="At least N days.")
    max_days: int | None = Field(default=None, ge=1, le=MAX_DAYS, description="At most N days.")
    max_altitude_above: int | None = Field(
        default=None,
        ge=0,
        le=MAX_ELEVATION_M,
        description="Highest point at or above N metres.",
    )
    max_altitude_below: int | None = Field(
        default=None,
        ge=0,
        le=MAX_ELEVATION_M,
        description="Highest point at or below N metres.",
    )
    best_month: int | None = Field(
        default=None, ge=1, le=12, description="Rated 'best' in this month (1-12)."
    )
    departs_in: str | None = Field(
        default=None,
        pattern=MONTH_PATTERN,
        description="Has a departure that is not cancelled in this month (YYYY-MM).",
    )
    has_departures: bool | None = Field(
        default=None,
        description="true: has a bookable departure from today on; false: has none.",
    )
    passes_through: str | None = Field(
        default=None,
        max_length=120,
        description="A place's slug or id: the route starts, ends, passes or sleeps there.",
    )
    ordering: ItineraryOrdering | None = Field(
        default=None, description="Sort key; '-' for descending. Default: the editors' order."
    )

    @model_validator(mode="after")
    def ranges_are_ordered(self):
        if self.min_days and self.max_days and self.min_days > self.max_days:
            raise ValueError("min_days cannot be greater than max_days")
        low, high = self.max_altitude_above, self.max_altitude_below
        if low is not None and high is not None and low > high:
            raise ValueError("max_altitude_above cannot be greater than max_altitude_below")
        return self


def _per_itinerary(queryset: QuerySet, link: str, **aggregate) -> Subquery:
    """One aggregate per itinerary as a correlated subquery."""
    rows = queryset.filter(**{link: OuterRef("pk")}).order_by().values(link)
    return Subquery(rows.annotate(**aggregate).values(*aggregate), output_field=IntegerField())


def _derived_values() -> dict:
    """Each derived value an itinerary can be filtered or sorted on, as a SQL expression."""
    days = ItineraryDay.objects.all()
    day_peak = _per_itinerary(
        days,
        "itinerary",
        peak=Max(
            Greatest(
                "from_place__elevation_m",
                "to_place__elevation_m",
                # GREATEST returns NULL on SQLite when any argument is NULL: never pass one.
                Coalesce("overnight_place__elevation_m", "to_place__elevation_m"),
            )
        ),
    )
    waypoint_peak = _per_itinerary(
        DayWaypoint.objects.all(), "day__itinerary", peak=Max("place__elevation_m")
    )
    distance = ItineraryDay.objects.filter(itinerary=OuterRef("pk")).order_by().values("itinerary")
    return {
        DAYS: Coalesce(_per_itinerary(days, "itinerary", n=Count("pk")), 0),
        MAX_ALTITUDE: Greatest(
            Coalesce(day_peak, waypoint_peak), Coalesce(waypoint_peak, day_peak)
        ),
        DISTANCE: Subquery(distance.annotate(km=Sum("distance_km")).values("km")),
    }


def with_derived_values(queryset: QuerySet, names: list[str]) -> QuerySet:
    """``queryset`` annotated with the derived values ``names``."""
    if not names:
        return queryset
    expressions = _derived_values()
    return queryset.annotate(**{name: expressions[name] for name in names})


def derived_values_used(params: ItineraryParams) -> list[str]:
    """The derived values ``params`` filter or sort on: building the subqueries costs more than
    serving a stored listing, so a plain listing builds none."""
    used = []
    sort_key = ORDERING_FIELDS.get((params.ordering or "").lstrip("-"))
    if params.min_days is not None or params.max_days is not None or sort_key == DAYS:
        used.append(DAYS)
    altitudes = (params.max_altitude_above, params.max_altitude_below)
    if any(value is not None for value in altitudes) or sort_key == MAX_ALTITUDE:
        used.append(MAX_ALTITUDE)
    if sort_key == DISTANCE:
        used.append(DISTANCE)
    return used


def place_by_id_or_slug(value: str) -> Place | None:
    places = public_snippets(Place.objects.prefetch_related("sources"))
    if not is_whole_number(value):
        return places.filter(slug=value).first()
    if int(value) > MAX_ID:
        return None
    return places.filter(pk=int(value)).first()


def find_place(value: str, param: str) -> Place:
    place = place_by_id_or_slug(value)
    if place is None:
        raise BadRequest(f"{param}: no place has the slug or id '{value}'.", param=param)
    return place


def upcoming_departures() -> QuerySet:
    """The departures of the itinerary being filtered, from today on."""
    return ItineraryDeparture.objects.filter(
        page=OuterRef("pk"), start_date__gte=timezone.localdate()
    )


def bookable_departures() -> QuerySet:
    """Upcoming departures a traveller can ask to join (the SQL form of `is_bookable`)."""
    return upcoming_departures().filter(bookable_q())


def filter_itineraries(queryset: QuerySet, params: ItineraryParams) -> QuerySet:
    queryset = with_derived_values(queryset, derived_values_used(params))
    if params.difficulty:
        queryset = queryset.filter(difficulty=params.difficulty)
    if params.min_days is not None:
        queryset = queryset.filter(**{f"{DAYS}__gte": params.min_days})
    if params.max_days is not None:
        queryset = queryset.filter(**{f"{DAYS}__lte": params.max_days})
    if params.max_altitude_above is not None:
        queryset = queryset.filter(**{f"{MAX_ALTITUDE}__gte": params.max_altitude_above})
    if params.max_altitude_below is not None:
        queryset = queryset.filter(**{f"{MAX_ALTITUDE}__lte": params.max_altitude_below})
    if params.best_month is not None:
        best = ItinerarySeasonMonth.objects.filter(
            page=OuterRef("pk"), month=params.best_month, rating=SeasonRating.BEST
        )
        queryset = queryset.filter(Exists(best))
    if params.departs_in:
        year, month = map(int, params.departs_in.split("-"))
        in_month = (
            upcoming_departures()
            .filter(start_date__year=year, start_date__month=month)
            .exclude(status=DepartureStatus.CANCELLED)
        )
        queryset = queryset.filter(Exists(in_month))
    if params.has_departures is not None:
        bookable = Exists(bookable_departures())
        queryset = queryset.filter(bookable if params.has_departures else ~bookable)
    if params.passes_through:
        place = find_place(params.passes_through, "passes_through")
        queryset = queryset.filter(passes_through_q(place))
    return order_itineraries(queryset, params.ordering)


def order_itineraries(queryset: QuerySet, ordering: str | None) -> QuerySet:
    if not ordering:
        return queryset.order_by("path")
    field = ORDERING_FIELDS[ordering.lstrip("-")]
    expression = (
        F(field).desc(nulls_last=True)
        if ordering.startswith("-")
        else F(field).asc(nulls_last=True)
    )
    return queryset.order_by(expression, "path")
