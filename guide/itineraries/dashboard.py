"""Dashboard panels of live itineraries that need an editor: nights that climb too fast, and
departures that are full or already past."""

from django.db.models import Count, F, Min, Prefetch, Q
from django.utils import timezone

from guide.core.dashboard import (
    ROW_LIMIT,
    AttentionPanel,
    Row,
    Section,
    first_rows,
    page_edit_url,
    plural,
    when,
)

from .acclimatisation import night_findings
from .models import DepartureStatus, ItineraryDay, ItineraryDeparture, ItineraryPage

DEPARTURES_TAB = "#tab-departures"  # the Departures tab of the itinerary's edit view


def nights_and_places():
    """An itinerary's days with what the acclimatisation check reads: where each starts, ends
    and sleeps, by name and elevation."""
    places = ("from_place", "to_place", "overnight_place")
    return ItineraryDay.objects.select_related(*places).only(
        "itinerary_id",
        "sort_order",
        "overnight_type",
        *(f"{place}__{field}" for place in places for field in ("name", "elevation_m")),
    )


class AcclimatisationPanel(AttentionPanel):
    name = "guide_acclimatisation"
    heading = "Itineraries that climb too fast"
    order = 235

    def sections(self) -> list[Section]:
        # Every live itinerary is checked (the check is in Python), in a fixed number of queries
        # that read only what the check needs: 1,000 itineraries take about half a second.
        itineraries = (
            ItineraryPage.objects.live()
            .only("title", "draft_title", "path", "depth", "locale_id")
            .prefetch_related(Prefetch("days", queryset=nights_and_places()))
            .order_by("title", "pk")
        )
        warned = [
            (itinerary, findings)
            for itinerary in itineraries
            if (findings := night_findings(itinerary))
        ]
        rows = []
        for itinerary, (first, *others) in warned[:ROW_LIMIT]:
            also = f" (and {plural(len(others), 'other warning')})" if others else ""
            rows.append(
                Row(
                    itinerary.get_admin_display_title(),
                    page_edit_url(itinerary.pk),
                    first.message + also,
                )
            )
        return [Section(rows, len(warned))]


def seats(departure: ItineraryDeparture) -> str:
    if departure.seats_total is None:
        return "seats on request"
    return f"{departure.seats_taken} of {departure.seats_total} seats taken"


class DeparturesPanel(AttentionPanel):
    name = "guide_departures"
    heading = "Departures to update"
    order = 110  # after the week's schedule: a full or past departure misleads travellers

    def sections(self) -> list[Section]:
        today = timezone.localdate()
        on_live_pages = ItineraryDeparture.objects.filter(page__live=True)
        all_seats_taken = Q(seats_total__isnull=False, seats_taken__gte=F("seats_total")) & ~Q(
            status=DepartureStatus.CANCELLED
        )
        full, full_total = first_rows(
            on_live_pages.filter(Q(status=DepartureStatus.FULL) | all_seats_taken)
            .filter(start_date__gte=today)
            .select_related("page")
            .order_by("start_date", "sort_order", "pk")
        )
        past, past_total = first_rows(
            on_live_pages.filter(start_date__lt=today)
            .values("page_id", "page__draft_title")
            .annotate(count=Count("pk"), first=Min("start_date"))
            .order_by("first", "page_id")
        )
        return [
            Section(
                [
                    Row(
                        departure.page.get_admin_display_title(),
                        page_edit_url(departure.page_id) + DEPARTURES_TAB,
                        f"{when(departure.start_date)} ({departure.get_status_display()}), "
                        + seats(departure),
                    )
                    for departure in full
                ],
                full_total,
                heading="Full",
            ),
            Section(
                [
                    Row(
                        page["page__draft_title"],
                        page_edit_url(page["page_id"]) + DEPARTURES_TAB,
                        f"{plural(page['count'], 'past departure')}, the first on "
                        f"{when(page['first'])}",
                    )
                    for page in past
                ],
                past_total,
                heading="Past, still on the page",
            ),
        ]
