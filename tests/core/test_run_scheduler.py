"""Scheduled publishing and expiry happen when the scheduler runs, without anyone clicking."""

from datetime import timedelta

import pytest
from django.core.management import call_command
from django.utils import timezone

from guide.itineraries.models import ItineraryPage
from tests.factories import build_day

pytestmark = pytest.mark.django_db


def test_one_run_publishes_what_is_due_and_unpublishes_what_expired(
    make_itinerary, places, lares_trek
):
    due = make_itinerary(
        "Scheduled route", [build_day("Day 1", places["cusco"], places["lares"])], publish=False
    )
    due.go_live_at = timezone.now() - timedelta(minutes=1)
    due.save_revision(approved_go_live_at=due.go_live_at)
    ItineraryPage.objects.filter(pk=lares_trek.pk).update(
        expire_at=timezone.now() - timedelta(minutes=1)
    )

    call_command("run_scheduler", "--once")

    due.refresh_from_db()
    lares_trek.refresh_from_db()
    assert due.live
    assert not lares_trek.live
    assert lares_trek.expired
