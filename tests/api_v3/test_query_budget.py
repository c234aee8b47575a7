"""A listing costs the same number of queries for 5 or 100 items; a page for 3 or 12 days.

Every itinerary has a hero image with its renditions generated beforehand (as they are once an
image has been shown), so the counts include loading images and renditions.
"""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from guide.communities.models import CommunityProfilePage
from guide.itineraries.models import ItinerarySeasonMonth
from tests.factories import CommunityProfilePageFactory

from .helpers import API, body_json, get_json, make_image, many_days, publish, quick_itinerary

# Served from the stored JSON (the site is remembered per process): a detail is its stored row;
# a listing is the view restrictions and the window's ids with their cards and the count.
LISTING_BUDGET = 2
DETAIL_BUDGET = 1
SEARCH_BUDGET = 4  # the restrictions, the search, its count, the stored cards
RENDER_QUERIES_PER_PAGE = 7


def count_queries(client, url) -> int:
    get_json(client, url)  # warm process-wide caches (content types), as a running server has
    with CaptureQueriesContext(connection) as queries:
        get_json(client, url)
    return len(queries)


def add_itineraries(index, places, count, start=0):
    route = [places[name] for name in ("lares", "huacahuasi", "ipsay_pass", "patacancha")]
    for number in range(start, start + count):
        page = quick_itinerary(
            index,
            f"Variant {number:03}",
            many_days(route, 2 + number % 3),
            hero_image=make_image(f"Hero {number}"),
        )
        ItinerarySeasonMonth.objects.create(page=page, month=6, rating="best", note="")


@pytest.mark.django_db
def test_itinerary_listing_costs_the_same_for_5_and_100_items(client, itinerary_index, places):
    url = f"{API}/itineraries/?limit=100&ordering=-max_altitude"
    add_itineraries(itinerary_index, places, 5)
    assert len(get_json(client, url)["items"]) == 5
    five = count_queries(client, url)

    add_itineraries(itinerary_index, places, 95, start=5)
    data = get_json(client, url)
    assert len(data["items"]) == 100
    assert all(item["hero_image"]["srcset"] for item in data["items"])
    hundred = count_queries(client, url)

    print(f"itinerary listing: {five} queries for 5 items, {hundred} for 100")
    assert five == hundred <= LISTING_BUDGET, (five, hundred)


def itinerary_with_days(make_itinerary, places, community_index, day_count, title):
    route = [places[name] for name in ("lares", "huacahuasi", "ipsay_pass", "patacancha")]
    image = make_image(f"{title} hero")
    page = make_itinerary(
        title,
        many_days(route, day_count),
        hero_image=image,
        body=body_json(image=make_image(f"{title} body"), place=places["ipsay_pass"]),
    )
    for month in range(1, 13):
        ItinerarySeasonMonth.objects.create(page=page, month=month, rating="good", note="")
    # Every day links to a community: rich-text links must not cost a query per day.
    community = CommunityProfilePage.objects.first()
    if community is not None:
        page.days.update(
            description=f'<p>Stay in <a linktype="page" id="{community.pk}">the village</a>.</p>'
        )
    return page


@pytest.mark.django_db
def test_itinerary_detail_costs_the_same_for_3_and_12_days(
    client, make_itinerary, places, community_index
):
    for name in ("huacahuasi", "patacancha"):
        publish(CommunityProfilePageFactory(parent=community_index, place=places[name]))
    assert CommunityProfilePage.objects.live().count() == 2

    short = itinerary_with_days(make_itinerary, places, community_index, 3, "Short")
    long = itinerary_with_days(make_itinerary, places, community_index, 12, "Long")
    short_data = get_json(client, f"{API}/itineraries/{short.pk}/")
    long_data = get_json(client, f"{API}/itineraries/{long.pk}/")
    assert (len(short_data["days"]), len(long_data["days"])) == (3, 12)
    assert all('href="/' in day["description"] for day in long_data["days"])
    assert len(long_data["communities"]) == 2

    three = count_queries(client, f"{API}/itineraries/{short.pk}/")
    twelve = count_queries(client, f"{API}/itineraries/{long.pk}/")
    by_path = count_queries(client, f"{API}/pages/by-path/?path=/itineraries/long/")

    print(f"itinerary detail: {three} queries for 3 days, {twelve} for 12")
    assert three == twelve <= DETAIL_BUDGET, (three, twelve)
    assert by_path == twelve  # the stored JSON is found by its path as cheaply as by its id


@pytest.mark.django_db
def test_search_has_a_fixed_cost(client, itinerary_index, places):
    add_itineraries(itinerary_index, places, 3)
    few = count_queries(client, f"{API}/search/?q=variant")
    add_itineraries(itinerary_index, places, 12, start=3)
    assert get_json(client, f"{API}/search/?q=variant")["count"] == 15
    assert count_queries(client, f"{API}/search/?q=variant") == few <= SEARCH_BUDGET


def render_queries(page_ids) -> int:
    from guide.api.store.render import render_pages

    render_pages(page_ids)  # warm process-wide caches (content types)
    with CaptureQueriesContext(connection) as queries:
        render_pages(page_ids)
    return len(queries)


@pytest.mark.django_db
def test_rendering_costs_the_same_for_3_and_12_days_and_for_1_and_20_pages(
    make_itinerary, places, community_index
):
    """What a publish or a Place edit pays once, instead of every request."""
    for name in ("huacahuasi", "patacancha"):
        publish(CommunityProfilePageFactory(parent=community_index, place=places[name]))
    short = itinerary_with_days(make_itinerary, places, community_index, 3, "Short")
    long = itinerary_with_days(make_itinerary, places, community_index, 12, "Long")
    more = [
        itinerary_with_days(make_itinerary, places, community_index, 4, f"Variant {number}")
        for number in range(18)
    ]
    one = render_queries([short.pk])
    assert render_queries([long.pk]) == one
    twenty = render_queries([short.pk, long.pk, *(page.pk for page in more)])
    print(f"rendering: {one} queries for one itinerary, {twenty} for twenty")
    # Days, places, FAQs, images and season are loaded per batch; each page's body blocks,
    # rich-text links and communities visited still cost a few queries of their own.
    assert twenty <= one + 19 * RENDER_QUERIES_PER_PAGE, (one, twenty)


@pytest.mark.django_db
def test_with_redis_a_warm_request_costs_no_query(client, settings, itinerary_index, places):
    from tests.api_store.guide import use_redis_responses

    use_redis_responses(settings)
    add_itineraries(itinerary_index, places, 3)
    page = itinerary_index.get_children().first()
    for url in (f"{API}/itineraries/", f"{API}/itineraries/{page.pk}/", "/api/v2/pages/"):
        assert count_queries(client, url) == 0, url
