"""Which itineraries pass a community, and which communities an itinerary visits."""

import pytest

from guide.communities.models import CommunityProfilePage
from guide.itineraries.models import ItineraryPage
from tests.core.admin_forms import edit_form_data, edit_url
from tests.factories import CommunityProfilePageFactory, PlaceFactory, build_day, publish


def titles(pages):
    return [page.title for page in pages]


@pytest.fixture
def village(places):
    return places["huacahuasi"]


@pytest.fixture
def itineraries_near_village(make_itinerary, places, village):
    """One itinerary for each way of touching the village, and some that must not count."""
    p = places
    make_itinerary(
        "Through it", [build_day("Pass by", p["lares"], p["patacancha"], waypoints=[village])]
    )
    make_itinerary("From it", [build_day("Leave", village, p["patacancha"])])
    make_itinerary("To it", [build_day("Arrive", p["lares"], village)])
    make_itinerary(
        "Sleeping there",
        [build_day("Detour for the night", p["lares"], p["ipsay_lake"], overnight_place=village)],
    )
    make_itinerary(
        "Twice there",
        [build_day("In", p["lares"], village), build_day("Out", village, p["patacancha"])],
    )
    make_itinerary("Elsewhere", [build_day("Far away", p["patacancha"], p["ollantaytambo"])])
    make_itinerary("Never published", [build_day("Draft", village, p["patacancha"])], publish=False)
    make_itinerary("Withdrawn", [build_day("Old route", village, p["patacancha"])]).unpublish()


def test_itineraries_passing_a_village_in_any_way_are_listed_once(
    community, itineraries_near_village
):
    assert titles(community.itineraries_passing()) == [
        "Through it",
        "From it",
        "To it",
        "Sleeping there",
        "Twice there",
    ]


def test_drafts_and_unpublished_itineraries_are_not_listed(community, itineraries_near_village):
    listed = titles(community.itineraries_passing())
    assert "Never published" not in listed
    assert "Withdrawn" not in listed
    assert ItineraryPage.objects.filter(title__in=["Never published", "Withdrawn"]).count() == 2


def test_a_community_without_itineraries_lists_none(community_index, lares_trek):
    cuncani = PlaceFactory(name="Cuncani", elevation_m=3750)
    lonely = publish(
        CommunityProfilePageFactory(parent=community_index, title="Cuncani", place=cuncani)
    )
    assert list(lonely.itineraries_passing()) == []


def test_a_draft_route_change_only_counts_once_published(
    admin_client, community_index, lares_trek, places
):
    lake_shore = publish(
        CommunityProfilePageFactory(
            parent=community_index, title="Ipsaycocha shore", place=places["ipsay_lake"]
        )
    )
    assert titles(lake_shore.itineraries_passing()) == ["Lares trek in 4 days"]

    data = edit_form_data(admin_client, lares_trek)
    assert data["days-1-waypoints-1-place"] == str(places["ipsay_lake"].pk)
    data["days-1-waypoints-1-DELETE"] = "1"
    assert admin_client.post(edit_url(lares_trek), data).status_code == 302  # draft
    assert titles(lake_shore.itineraries_passing()) == ["Lares trek in 4 days"]

    ItineraryPage.objects.get(pk=lares_trek.pk).get_latest_revision().publish()
    assert titles(lake_shore.itineraries_passing()) == []


def test_communities_visited_are_the_live_ones_in_route_order(community_index, lares_trek, places):
    def profile(title, place, live=True):
        page = CommunityProfilePageFactory(parent=community_index, title=title, place=place)
        if live:
            return publish(page)
        page.unpublish()
        return page

    profile("Aguas Calientes", places["aguas"])  # slept at on night 3
    profile("Patacancha", places["patacancha"])
    profile("Huacahuasi", places["huacahuasi"])
    profile("Ollantaytambo", places["ollantaytambo"], live=False)
    profile("Quiswarani", PlaceFactory(name="Quiswarani", elevation_m=3900))  # off the route

    assert titles(CommunityProfilePage.visited_by(lares_trek)) == [
        "Huacahuasi",
        "Patacancha",
        "Aguas Calientes",
    ]


def test_a_community_reads_its_facts_from_its_place(community, places):
    place = places["huacahuasi"]
    place.elevation_m = 3850
    place.save()
    assert type(community).objects.get(pk=community.pk).place.elevation_m == 3850
