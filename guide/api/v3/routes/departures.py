"""GET /guide/departures/: dated departures of the published itineraries, across the guide."""

from datetime import date
from decimal import Decimal
from typing import Literal

from django.core.exceptions import ValidationError
from django.http import HttpRequest
from django.utils import timezone
from ninja import Query, Router, Schema
from pydantic import Field, model_validator

from guide.core.money import CURRENCIES, to_minor
from guide.core.visibility import Visibility
from guide.itineraries.models import ItineraryDeparture, ItineraryPage
from guide.itineraries.models.departures import bookable_q
from guide.itineraries.representations import departure_representation

from ..errors import BadRequest
from ..filters import MAX_ID, MONTH_PATTERN
from ..params import LocaleParams, PaginationParams, reject_unknown_params
from ..schemas.common import GuidePageLink
from ..schemas.itineraries import DepartureStatusLiteral, GuideDeparture
from .common import ERRORS

router = Router(tags=["guide"])

ORDERING = {
    "start_date": ("start_date", "sort_order", "pk"),
    "-start_date": ("-start_date", "sort_order", "pk"),
    "price": ("price_minor", "start_date", "pk"),
    "-price": ("-price_minor", "start_date", "pk"),
}


class DepartureParams(PaginationParams, LocaleParams):
    itinerary: int | None = Field(default=None, ge=1, le=MAX_ID, description="An itinerary's id.")
    month: str | None = Field(default=None, pattern=MONTH_PATTERN, description="YYYY-MM.")
    from_date: date | None = Field(default=None, description="Starting on or after this day.")
    to_date: date | None = Field(default=None, description="Starting on or before this day.")
    status: DepartureStatusLiteral | None = None
    has_seats: bool | None = Field(
        default=None,
        description="true: bookable and not out of seats (seats on request count as free).",
    )
    price_below: Decimal | None = Field(
        default=None, ge=0, le=10**9, description="Price per person at most this, in `currency`."
    )
    price_above: Decimal | None = Field(
        default=None, ge=0, le=10**9, description="Price per person at least this, in `currency`."
    )
    currency: str | None = Field(
        default=None,
        pattern=r"^[A-Z]{3}$",
        description="ISO 4217 code; only departures priced in it. Needed with a price filter.",
    )
    ordering: Literal[tuple(ORDERING)] | None = Field(  # type: ignore[valid-type]
        default=None, description="Sort key; '-' for descending. Default: by date."
    )

    @model_validator(mode="after")
    def consistent(self):
        if self.from_date and self.to_date and self.from_date > self.to_date:
            raise ValueError("from_date cannot be after to_date")
        if (self.price_below is not None or self.price_above is not None) and not self.currency:
            raise ValueError("a price filter needs a currency, e.g. currency=USD")
        return self


class GuideDepartureItem(GuideDeparture):
    itinerary: GuidePageLink


class GuideDepartureList(Schema):
    count: int = Field(description="How many departures match, across all pages.")
    items: list[GuideDepartureItem]


def _minor(params: DepartureParams, name: str) -> int:
    if params.currency not in CURRENCIES:
        raise BadRequest(f"currency: '{params.currency}' is not an ISO 4217 code.", "currency")
    try:
        return to_minor(getattr(params, name), params.currency)
    except ValidationError as error:
        raise BadRequest(f"{name}: {error.messages[0]}", name) from error


def filter_departures(queryset, params: DepartureParams):
    if params.itinerary is not None:
        queryset = queryset.filter(page_id=params.itinerary)
    if params.month:
        year, month = map(int, params.month.split("-"))
        queryset = queryset.filter(start_date__year=year, start_date__month=month)
    if params.from_date:
        queryset = queryset.filter(start_date__gte=params.from_date)
    if params.to_date:
        queryset = queryset.filter(start_date__lte=params.to_date)
    if params.status:
        queryset = queryset.filter(status=params.status)
    if params.has_seats is not None:
        bookable = bookable_q()
        queryset = queryset.filter(bookable if params.has_seats else ~bookable)
    if params.currency:
        queryset = queryset.filter(currency=params.currency)
    if params.price_below is not None:
        queryset = queryset.filter(price_minor__lte=_minor(params, "price_below"))
    if params.price_above is not None:
        queryset = queryset.filter(price_minor__gte=_minor(params, "price_above"))
    return queryset.order_by(*ORDERING[params.ordering or "start_date"])


@router.get(
    "/",
    response={200: GuideDepartureList, **ERRORS},
    url_name="guide_departures_list",
    operation_id="guide_departures_list",
    summary="List departures",
)
def list_departures(request: HttpRequest, params: Query[DepartureParams]):
    """Departures from today on of every published itinerary, with a link to it."""
    reject_unknown_params(request, DepartureParams)
    visibility = Visibility.for_request(request)
    queryset = ItineraryDeparture.objects.filter(
        page__in=visibility.in_language(visibility.pages(ItineraryPage), params.language).values(
            "pk"
        ),
        start_date__gte=timezone.localdate(),
    ).select_related("page")
    queryset = filter_departures(queryset, params)
    items = [
        {**departure_representation(dep), "itinerary": visibility.link(dep.page)}
        for dep in params.window(queryset)
    ]
    return {"count": queryset.count(), "items": items}
