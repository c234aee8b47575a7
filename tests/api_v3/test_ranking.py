"""Search ranks exactly as Wagtail's search backend does, one window at a time."""

import pytest
from wagtail.models import Page

from guide.api.v3.ranking import ranked_ids
from guide.itineraries.models import ItineraryPage
from tests.factories import build_day

pytestmark = pytest.mark.django_db


@pytest.fixture
def itineraries_mentioning_llamas(make_itinerary, places):
    """Seven itineraries naming llamas from once to seven times, plus one that never does."""
    day = [build_day("Day 1", places["cusco"], places["lares"])]
    for count in range(1, 8):
        make_itinerary(f"Route {count}", day, summary=" ".join(["Llamas graze here."] * count))
    make_itinerary("Route without", day, summary="Only alpacas.")


@pytest.mark.parametrize(("start", "stop"), [(0, 20), (0, 3), (3, 6), (6, 20), (20, 40)])
def test_a_window_of_results_is_the_same_as_wagtails(itineraries_mentioning_llamas, start, stop):
    candidates = ItineraryPage.objects.live()
    wagtails = list(candidates.search("llamas"))
    ids, count = ranked_ids(candidates, "llamas", start, stop)
    assert ids == [page.pk for page in wagtails[start:stop]]
    assert count == len(wagtails) == 7


def test_only_candidates_are_ranked(itineraries_mentioning_llamas):
    hidden = ItineraryPage.objects.get(title="Route 7")
    hidden.unpublish()
    ids, count = ranked_ids(Page.objects.live(), "llamas", 0, 20)
    assert hidden.pk not in ids
    assert count == 6


def test_no_match_is_an_empty_window(itineraries_mentioning_llamas):
    assert ranked_ids(ItineraryPage.objects.live(), "vicunas", 0, 20) == ([], 0)
