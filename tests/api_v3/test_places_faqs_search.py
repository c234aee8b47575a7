"""GET /api/v3/guide/places/, /faqs/ and /search/."""

import pytest

from tests.factories import FAQFactory, FAQTopicFactory

from .helpers import API, get_json


@pytest.mark.django_db
def test_places_listing_filters_by_kind_and_text(client, places):
    data = get_json(client, f"{API}/places/")
    assert data["count"] == len(places)
    assert [p["name"] for p in data["items"]][:2] == ["Aguas Calientes", "Cusco"]
    passes = get_json(client, f"{API}/places/?kind=pass")
    assert [p["slug"] for p in passes["items"]] == [places["ipsay_pass"].slug]
    by_alias = get_json(client, f"{API}/places/?q=ipsayccasa")  # an alias, any case
    assert [p["name"] for p in by_alias["items"]] == ["Ipsaycocha pass"]
    assert get_json(client, f"{API}/places/?q=ipsay&kind=lake")["count"] == 1
    assert get_json(client, f"{API}/places/?limit=2&offset=2")["items"][0]["name"] == "Huacahuasi"


@pytest.mark.django_db
def test_place_detail_by_slug_or_id(client, places):
    place = places["ipsay_pass"]
    by_slug = get_json(client, f"{API}/places/{place.slug}/")
    assert by_slug == get_json(client, f"{API}/places/{place.pk}/")
    assert by_slug["aliases"] == ["Ipsay", "Ipsayccasa"]
    assert by_slug["elevation"] == {"m": 4450, "ft": 14600}
    assert by_slug["source_note"].startswith("Other sources")
    assert by_slug["coordinates"] == {"lat": -13.177, "lon": -72.142}


@pytest.mark.django_db
@pytest.mark.parametrize("key", ["no-such-place", "999999", "99999999999999999999999"])
def test_unknown_place_is_a_json_404(client, places, key):
    data = get_json(client, f"{API}/places/{key}/", status=404)
    assert data["param"] == "id_or_slug"


@pytest.mark.django_db
def test_faqs_grouped_by_topic_and_filtered(client):
    permits = FAQTopicFactory(name="Permits", sort_order=1)
    weather = FAQTopicFactory(name="Weather", sort_order=2)
    FAQFactory(question="When is it dry?", topic=weather, answer="<p>May to <b>September</b>.</p>")
    FAQFactory(question="Do I need a permit?", topic=permits)
    data = get_json(client, f"{API}/faqs/")
    assert data["count"] == 2
    assert [group["topic"]["slug"] for group in data["topics"]] == ["permits", "weather"]
    weather_only = get_json(client, f"{API}/faqs/?topic=weather")
    assert weather_only["count"] == 1
    faq = weather_only["topics"][0]["faqs"][0]
    assert faq["answer"] == "<p>May to <b>September</b>.</p>"
    assert faq["topic"] == {"id": weather.pk, "slug": "weather", "name": "Weather"}


@pytest.mark.django_db
def test_search_finds_guide_pages_as_cards(client, trek, destination, community):
    data = get_json(client, f"{API}/search/?q=weaving")
    kinds = {(item["type"], item["title"]) for item in data["items"]}
    assert ("itinerary", "Lares trek in 4 days") in kinds
    assert ("community", "Huacahuasi") in kinds
    assert data["count"] == len(data["items"])
    card = next(item for item in data["items"] if item["type"] == "itinerary")
    assert card["path"] == "/itineraries/lares-trek-in-4-days/"
    assert card["summary"].startswith("Weaving villages")
    assert card["hero_image"]["alt"] == "Alt text of Lake below the pass"


@pytest.mark.django_db
def test_search_paginates_and_leaves_out_index_pages(client, trek, destination, community):
    everything = get_json(client, f"{API}/search/?q=Lares")
    assert {item["type"] for item in everything["items"]} <= {"itinerary", "destination"}
    first = get_json(client, f"{API}/search/?q=Lares&limit=1")
    assert first["count"] == everything["count"]
    assert first["items"] == everything["items"][:1]


@pytest.mark.django_db
@pytest.mark.parametrize("q", ['"', "(", "*", "a OR", "-", "::", "AND", "ñandú", "x" * 200])
def test_search_survives_odd_queries(client, trek, q):
    response = client.get(f"{API}/search/", {"q": q})
    assert response.status_code == 200, response.content
