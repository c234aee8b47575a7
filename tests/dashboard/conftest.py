"""What the dashboard should list, planted one of each, with look-alikes that are not due."""

from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from guide.facts.checker import check
from guide.facts.store import save_findings
from guide.itineraries.models import DepartureStatus, ItineraryDeparture
from guide.places.models import PlaceSource
from tests.factories import DestinationPageFactory, build_day, publish


def contradict(page):
    """Runs the fact checker over ``page`` and keeps its findings, as saving in the admin does."""
    save_findings(page, check(page))
    return page


def add_source(place, title, checked_on):
    return PlaceSource.objects.create(place=place, title=title, checked_on=checked_on)


def add_departure(page, start_date, **fields):
    return ItineraryDeparture.objects.create(page=page, start_date=start_date, **fields)


def schedule(page, go_live_at):
    """Schedules ``page``'s latest edit to go live at ``go_live_at``, as the admin does."""
    page.go_live_at = go_live_at
    page.save_revision().publish()
    return page


def expire(page, expire_at):
    page.expire_at = expire_at
    page.save(update_fields=["expire_at"])
    return page


@pytest.fixture
def admin_home(admin_client):
    def get() -> str:
        response = admin_client.get(reverse("wagtailadmin_home"))
        assert response.status_code == 200
        return response.content.decode()

    return get


@pytest.fixture
def gentle_trek(make_itinerary, places):
    """A live itinerary that sleeps no higher than it should: no acclimatisation warning."""
    return make_itinerary(
        "Sacred Valley stroll",
        [
            build_day("Down to the river", places["ollantaytambo"], places["aguas"]),
            build_day("Back", places["aguas"], places["ollantaytambo"], overnight_type="none"),
        ],
    )


@pytest.fixture
def planted(lares_trek, gentle_trek, make_itinerary, lares_days, destination_index, places):
    """One of each case the dashboard lists, and a look-alike of each that is not due."""
    today = timezone.localdate()
    now = timezone.now()
    # The Lares trek sleeps at Huacahuasi (3,800 m) after Lares (3,090 m): 710 m in a night.
    contradicted = contradict(
        make_itinerary(
            "Lares the short way",
            lares_days(),
            summary="The Ipsaycocha pass tops out at 4,600 m.",
        )
    )
    draft_trek = make_itinerary("Lares draft", lares_days(), publish=False)
    return {
        "contradicted": contradicted,
        "agreeing": contradict(gentle_trek),
        "fast_ascent": lares_trek,
        "draft_fast_ascent": draft_trek,
        "gentle": gentle_trek,
        "old_source": add_source(places["ipsay_pass"], "IGN 1:100,000", today - timedelta(730)),
        "fresh_source": add_source(places["patacancha"], "Municipal map", today - timedelta(30)),
        "full": add_departure(
            lares_trek, today + timedelta(30), status=DepartureStatus.FULL, seats_total=12
        ),
        "seats_taken": add_departure(
            gentle_trek, today + timedelta(40), seats_total=8, seats_taken=8
        ),
        "open": add_departure(gentle_trek, today + timedelta(50), seats_total=8, seats_taken=3),
        "past": add_departure(lares_trek, today - timedelta(10), seats_total=12),
        "past_on_draft": add_departure(draft_trek, today - timedelta(10)),
        "going_live": schedule(
            DestinationPageFactory(parent=destination_index, title="Huchuy Qosqo", live=False),
            now + timedelta(days=3),
        ),
        "going_live_later": schedule(
            DestinationPageFactory(parent=destination_index, title="Moray terraces", live=False),
            now + timedelta(days=10),
        ),
        "expiring": expire(
            publish(DestinationPageFactory(parent=destination_index, title="Pisac market")),
            now + timedelta(days=2),
        ),
    }
