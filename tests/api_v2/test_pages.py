"""Wagtail API v2 as a frontend sees it: typed facts, resolved rich text, nothing unpublished."""

from datetime import timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from guide.core.locales import frontend_path
from guide.itineraries.models import ItineraryPage

# A listing's fields=* gives the cards; days and nights are asked for by name.
ITINERARIES = (
    "/api/v2/pages/?type=guide_itineraries.ItineraryPage"
    "&fields=title,max_altitude,duration_days,total_ascent,nights,days"
)


def titles(client, url=ITINERARIES):
    response = client.get(url)
    assert response.status_code == 200, response.content
    return [item["title"] for item in response.json()["items"]]


@pytest.mark.django_db
def test_itinerary_listing_gives_typed_derived_values(client, lares_trek):
    item = client.get(ITINERARIES).json()["items"][0]
    assert item["max_altitude"] == {"m": 4450, "ft": 14600}
    assert item["duration_days"] == 4
    assert item["total_ascent"]["m"] == 710 + 650
    assert [night["place"]["name"] for night in item["nights"]] == [
        "Huacahuasi",
        "Patacancha",
        "Aguas Calientes",
    ]
    day_two = item["days"][1]
    assert [place["name"] for place in day_two["places_passed"]] == [
        "Ipsaycocha pass",
        "Ipsaycocha lake",
    ]
    assert day_two["places_passed"][0]["elevation"] == {"m": 4450, "ft": 14600}
    assert item["days"][2]["transport"][0]["duration"] == {"minutes": 95, "text": "1 h 35 min"}


@pytest.mark.django_db
def test_rich_text_links_are_resolved_to_frontend_paths(client, lares_trek, community):
    day = lares_trek.days.first()
    day.description = f'<p>Stay in <a linktype="page" id="{community.pk}">the village</a>.</p>'
    day.save()
    response = client.get(ITINERARIES)
    assert b"linktype=" not in response.content
    assert b"<embed" not in response.content
    description = response.json()["items"][0]["days"][0]["description"]
    assert f'href="{frontend_path(community)}"' in description
    assert frontend_path(community) == "/communities/huacahuasi/"


@pytest.mark.django_db
def test_saved_draft_changes_stay_invisible(client, lares_trek):
    lares_trek.title = "Secret draft title"
    lares_trek.save_revision()
    assert titles(client) == ["Lares trek in 4 days"]
    detail = client.get(f"/api/v2/pages/{lares_trek.pk}/").json()
    assert detail["title"] == "Lares trek in 4 days"
    assert b"Secret" not in client.get("/api/v2/pages/?search=Secret").content


@pytest.mark.django_db
def test_unpublished_private_and_expired_pages_are_hidden(
    client, lares_trek, make_itinerary, lares_days
):
    make_itinerary("Never published", lares_days(), publish=False)
    expired = make_itinerary("Expired trek", lares_days())
    ItineraryPage.objects.filter(pk=expired.pk).update(
        expire_at=timezone.now() - timedelta(minutes=1)
    )
    private = make_itinerary("Members only", lares_days())
    private.view_restrictions.create(restriction_type="password", password="x")

    assert titles(client) == ["Lares trek in 4 days"]
    for page in (expired, private):
        assert client.get(f"/api/v2/pages/{page.pk}/").status_code == 404
    found = client.get("/api/v2/pages/find/?html_path=/lares-trek/members-only/")
    assert found.status_code == 404


@pytest.mark.django_db
def test_find_by_path_redirects_to_the_detail(client, lares_trek):
    response = client.get(f"/api/v2/pages/find/?html_path={frontend_path(lares_trek)}")
    assert response.status_code == 302
    assert f"/api/v2/pages/{lares_trek.pk}/" in response["Location"]


@pytest.mark.django_db
def test_listing_queries_do_not_grow_with_its_length(client, make_itinerary, lares_days):
    def count_queries():
        with CaptureQueriesContext(connection) as queries:
            assert client.get(ITINERARIES + "&limit=20").status_code == 200
        return len(queries)

    # The first request after publishing warms the site-root cache and stores the JSON of
    # pages published inside the test's transaction (stored on commit otherwise).
    for number in range(2):
        make_itinerary(f"Route {number}", lares_days())
    count_queries()
    few = count_queries()
    for number in range(2, 8):
        make_itinerary(f"Route {number}", lares_days())
    count_queries()
    many = count_queries()
    assert many == few


@pytest.mark.django_db
def test_structured_data_describes_the_trip_honestly(client, lares_trek):
    data = client.get(f"/api/v2/pages/{lares_trek.pk}/").json()["structured_data"]
    assert data["@context"] == "https://schema.org"
    trip = data["@graph"][0] if "@graph" in data else data
    assert trip["@type"] == "TouristTrip"
    assert len(trip["subTrip"]) == 4
    first_stop = trip["itinerary"]["itemListElement"][0]["item"]
    assert first_stop["geo"]["@type"] == "GeoCoordinates"
    assert "elevation" in first_stop["geo"]
    assert "offers" not in str(data)
    assert trip["url"] == "http://localhost:3000" + frontend_path(lares_trek)


@pytest.mark.django_db
def test_public_gets_carry_etag_and_revalidate_with_304(client, lares_trek):
    first = client.get(ITINERARIES)
    assert first["Cache-Control"] == "public, max-age=60"
    again = client.get(ITINERARIES, HTTP_IF_NONE_MATCH=first["ETag"])
    assert again.status_code == 304
    assert again.content == b""


@pytest.mark.django_db
def test_cors_allows_the_configured_frontend_only(client, lares_trek):
    allowed = client.get(ITINERARIES, HTTP_ORIGIN="http://localhost:3000")
    assert allowed["Access-Control-Allow-Origin"] == "http://localhost:3000"
    other = client.get(ITINERARIES, HTTP_ORIGIN="https://evil.example")
    assert "Access-Control-Allow-Origin" not in other


@pytest.mark.django_db
def test_sitemap_lists_frontend_urls_of_public_pages(
    client, lares_trek, make_itinerary, lares_days
):
    make_itinerary("Draft only", lares_days(), publish=False)
    body = client.get("/sitemap.xml").content.decode()
    assert f"<loc>http://localhost:3000{frontend_path(lares_trek)}</loc>" in body
    assert "draft-only" not in body


@pytest.mark.django_db
def test_wagtail_redirects_resolve_through_the_api(client, lares_trek):
    from wagtail.contrib.redirects.models import Redirect

    Redirect.objects.create(old_path="/lares-4", redirect_page=lares_trek)
    response = client.get("/api/v3/guide/redirects/?path=/lares-4/")
    redirect = {
        "type": "redirect",
        "old_path": "/lares-4",
        "location": frontend_path(lares_trek),
        "permanent": True,
    }
    assert response.json() == redirect
    # by-path answers the same redirect where no page is, so a frontend asks once per path.
    assert client.get("/api/v3/guide/pages/by-path/?path=/lares-4/").json() == redirect
    missing = client.get("/api/v3/guide/redirects/?path=/nowhere/")
    assert missing.status_code == 404
    assert "message" in missing.json()
    assert client.get("/api/v3/guide/pages/by-path/?path=/nowhere/").status_code == 404


@pytest.mark.django_db
def test_a_redirect_to_a_page_the_public_may_not_see_does_not_apply(client, lares_trek):
    from wagtail.contrib.redirects.models import Redirect

    Redirect.objects.create(old_path="/lares-4", redirect_page=lares_trek)
    lares_trek.view_restrictions.create(restriction_type="login")
    assert client.get("/api/v3/guide/redirects/?path=/lares-4/").status_code == 404
    assert client.get("/api/v3/guide/pages/by-path/?path=/lares-4/").status_code == 404


@pytest.mark.django_db
def test_search_finds_published_pages_only(client, lares_trek, make_itinerary, lares_days):
    make_itinerary("Lares trek draft", lares_days(), publish=False)
    expired = make_itinerary("Lares trek expired", lares_days())
    ItineraryPage.objects.filter(pk=expired.pk).update(
        expire_at=timezone.now() - timedelta(minutes=1)
    )
    found = titles(client, "/api/v2/pages/?search=lares")
    assert "Lares trek in 4 days" in found
    assert "Lares trek draft" not in found
    assert "Lares trek expired" not in found


@pytest.mark.django_db
def test_declared_fields_come_from_the_stored_json_not_the_relations(client, lares_trek):
    def queries_of(url):
        client.get(url)  # warm the site-root cache and the stored JSON
        with CaptureQueriesContext(connection) as queries:
            response = client.get(url)
        assert response.status_code == 200
        return response.json(), [query["sql"] for query in queries]

    base = "/api/v2/pages/?type=guide_itineraries.ItineraryPage"
    _, plain = queries_of(base)
    cards, star = queries_of(base + "&fields=*")
    detail, one = queries_of(f"/api/v2/pages/{lares_trek.pk}/")
    assert not any("storedpage" in sql for sql in plain)
    for sql in (*star, *one):
        assert "itineraries_itineraryday" not in sql
    assert sum("guide_api_storedpage" in sql for sql in star) == 1
    assert cards["items"][0]["max_altitude"]["m"] == 4450
    assert [day["title"] for day in detail["days"]][0] == "Hot springs and the climb to Huacahuasi"


@pytest.mark.django_db
def test_a_redirect_from_a_published_page_does_not_apply(client, lares_trek, destination):
    """As in Wagtail, a redirect only applies where no page answers."""
    from wagtail.contrib.redirects.models import Redirect

    Redirect.objects.create(
        old_path=Redirect.normalise_path(frontend_path(lares_trek)), redirect_page=destination
    )
    response = client.get(f"/api/v3/guide/redirects/?path={frontend_path(lares_trek)}")
    assert response.status_code == 404
    lares_trek.unpublish()
    response = client.get(f"/api/v3/guide/redirects/?path={frontend_path(lares_trek)}")
    assert response.json()["location"] == frontend_path(destination)


@pytest.mark.django_db
def test_community_listing_with_itineraries_costs_the_same_for_more_communities(
    client, lares_trek, community, community_index, places
):
    from tests.factories import CommunityProfilePageFactory, publish

    url = "/api/v2/pages/?type=guide_communities.CommunityProfilePage&fields=title,itineraries"

    def count_queries():
        client.get(url)  # warm the site-root cache
        with CaptureQueriesContext(connection) as queries:
            response = client.get(url)
        return len(queries), response.json()["items"]

    one, items = count_queries()
    assert [i["title"] for i in items[0]["itineraries"]] == ["Lares trek in 4 days"]
    for name in ("patacancha", "ipsay_lake", "ollantaytambo"):
        publish(CommunityProfilePageFactory(parent=community_index, place=places[name]))
    four, items = count_queries()
    assert len(items) == 4
    assert all(item["itineraries"] == items[0]["itineraries"] for item in items[:3])
    assert four == one
