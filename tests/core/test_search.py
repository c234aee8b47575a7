"""Every page type is found by the words of its summary or intro (database search backend)."""

import pytest
from wagtail.models import Page

from guide.communities.models import CommunityProfilePage
from guide.destinations.models import DestinationPage
from guide.itineraries.models import ItineraryPage
from tests.factories import build_day


@pytest.mark.parametrize(
    ("page_fixture", "query"),
    [
        ("home", "villages"),
        ("itinerary_index", "choices"),
        ("destination_index", "travellers"),
        ("community_index", "families"),
        ("faq_index", "answers"),
        ("lares_trek", "weaving"),
        ("destination", "thermal pools"),
        ("community", "potato growers"),
    ],
)
def test_each_page_type_is_found_by_a_word_of_its_text(request, page_fixture, query):
    page = request.getfixturevalue(page_fixture)
    results = [result.pk for result in Page.objects.live().search(query)]
    assert page.pk in results


def test_an_itinerary_is_found_by_its_summary(lares_trek):
    assert list(ItineraryPage.objects.live().search("hot springs")) == [lares_trek]


def test_a_draft_is_not_found_by_live_search(make_itinerary, places):
    make_itinerary(
        "Secret valley route",
        [build_day("Day 1", places["cusco"], places["lares"])],
        summary="A route through hidden glaciers.",
        publish=False,
    )
    assert list(ItineraryPage.objects.live().search("glaciers")) == []
    assert [page.title for page in ItineraryPage.objects.search("glaciers")] == [
        "Secret valley route"
    ]


def test_a_destination_is_found_by_its_place_alias(destination):
    assert list(DestinationPage.objects.live().search("baths")) == [destination]


def test_a_community_is_found_by_its_place_alias(community, places):
    place = places["huacahuasi"]
    place.aliases = "Huacawasi"
    place.save()
    community.save_revision().publish()  # pages index their place's words when they are saved
    assert list(CommunityProfilePage.objects.live().search("Huacawasi")) == [community]


def test_search_follows_a_published_edit(lares_trek):
    assert list(ItineraryPage.objects.live().search("condors")) == []
    lares_trek.summary = "Condors circle above the Ipsaycocha pass."
    lares_trek.save_revision().publish()
    assert list(ItineraryPage.objects.live().search("condors")) == [lares_trek]
