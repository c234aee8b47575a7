"""Departures for the demo itineraries, dated from next month on.

New itineraries get the sample calendar when they are built. An existing one that already has
upcoming departures is left alone, so editors' changes survive a second run and nothing is
duplicated; one without any (say, a year later) gets a new calendar, published as a new
revision of its page.
"""

from datetime import date, timedelta
from decimal import Decimal

from django.utils import timezone

from guide.core.money import to_minor
from guide.demo.content.departures import CANCELLED_NOTE, DEPARTURES, STATUS_BY_POSITION
from guide.itineraries.models import ItineraryDeparture, ItineraryIndexPage, ItineraryPage

from .base import Demo

MONTHS = 12
CURRENCY = "USD"


def saturdays(first_month: date, months: int, which: tuple[int, ...]) -> list[date]:
    """The `which`-th Saturdays (1 = first) of each of `months` months from `first_month`."""
    dates = []
    year, month = first_month.year, first_month.month
    for _ in range(months):
        first = date(year, month, 1)
        first_saturday = first + timedelta(days=(5 - first.weekday()) % 7)
        dates += [first_saturday + timedelta(weeks=n - 1) for n in which]
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return dates


def sample_departures(slug: str, today: date) -> list[ItineraryDeparture]:
    if slug not in DEPARTURES:
        return []
    price, supplement, seats, includes, which = DEPARTURES[slug]
    next_month = (today.replace(day=1) + timedelta(days=32)).replace(day=1)
    departures = []
    for position, start in enumerate(saturdays(next_month, MONTHS, which)):
        status, taken = (
            STATUS_BY_POSITION[position]
            if position < len(STATUS_BY_POSITION)
            else (
                "open",
                2,
            )
        )
        departures.append(
            ItineraryDeparture(
                start_date=start,
                status=status,
                seats_total=seats,
                seats_taken=min(taken, seats),
                price_minor=to_minor(Decimal(price), CURRENCY),
                single_supplement_minor=to_minor(Decimal(supplement), CURRENCY),
                currency=CURRENCY,
                price_includes=includes,
                note=CANCELLED_NOTE if status == "cancelled" else "",
                sort_order=position,
            )
        )
    return departures


def build_departures(demo: Demo, index: ItineraryIndexPage, built_now: int) -> None:
    """``built_now``: the departures that came with itineraries built in this run."""
    today = timezone.localdate()
    added = built_now
    pages = ItineraryPage.objects.child_of(index).live().filter(slug__in=DEPARTURES)
    for page in pages:
        if page.departures.filter(start_date__gte=today).exists():
            continue
        if page.has_unpublished_changes:  # publishing would publish an editor's draft too
            demo.write(f"{page.title}: has a draft, so no sample departures were added")
            continue
        page.departures = sample_departures(page.slug, today)
        page.save_revision().publish()
        added += len(page.departures.all())
    total = ItineraryDeparture.objects.filter(page__in=pages, start_date__gte=today).count()
    demo.report("departures", total, added)
