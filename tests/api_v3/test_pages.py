"""GET /api/v3/guide/pages/by-path/, destinations and communities."""

import pytest
from pydantic import TypeAdapter

from guide.api.v3.schemas.pages import GuidePage
from guide.faqs.models import FAQ
from tests.factories import FAQFactory, FAQTopicFactory

from .helpers import API, get_json

BY_PATH = f"{API}/pages/by-path/?path="


def by_path(client, path, status=200):
    return get_json(client, f"{BY_PATH}{path}", status=status)


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("path", "page_type"),
    [
        ("/", "home"),
        ("/itineraries/", "itinerary_index"),
        ("/destinations/", "destination_index"),
        ("/communities/", "community_index"),
        ("/questions/", "faq_index"),
        ("/itineraries/lares-trek-in-4-days/", "itinerary"),
        ("/itineraries/lares-trek-in-4-days", "itinerary"),  # the trailing slash is optional
        ("/destinations/lares-hot-springs/", "destination"),
        ("/communities/huacahuasi/", "community"),
    ],
)
def test_every_page_type_by_path(client, trek, destination, community, path, page_type):
    data = by_path(client, path)
    assert data["type"] == page_type
    assert data["path"] == path if path.endswith("/") else path + "/"
    TypeAdapter(GuidePage).validate_python(data)


@pytest.mark.django_db
def test_by_path_gives_the_same_payload_as_the_detail_route(client, trek):
    detail = get_json(client, f"{API}/itineraries/{trek.pk}/")
    assert by_path(client, "/itineraries/lares-trek-in-4-days/") == detail


@pytest.mark.django_db
def test_home_features_and_sections(client, home, trek, destination):
    home.featured = [("page", destination), ("page", trek)]
    home.save()
    data = by_path(client, "/")
    assert [(card["type"], card["title"]) for card in data["featured"]] == [
        ("destination", "Lares hot springs"),
        ("itinerary", "Lares trek in 4 days"),
    ]
    assert data["featured"][0]["hero_image"]["alt"] == "Alt text of Lake below the pass"
    assert [section["type"] for section in data["sections"]] == [
        "itinerary_index",
        "destination_index",
        "community_index",
        "faq_index",
    ]
    trek.unpublish()
    assert [card["type"] for card in by_path(client, "/")["featured"]] == ["destination"]


@pytest.mark.django_db
def test_index_pages_list_their_children_as_cards(client, trek, short_trek, destination):
    itineraries = by_path(client, "/itineraries/")
    assert itineraries["count"] == 2
    assert [card["duration_days"] for card in itineraries["items"]] == [4, 2]
    destinations = by_path(client, "/destinations/")
    assert destinations["items"][0]["place"]["kind"] == "hot_spring"


@pytest.mark.django_db
def test_faq_index_groups_by_topic(client, faq_index):
    late = FAQTopicFactory(name="Zzz later", sort_order=2)
    early = FAQTopicFactory(name="Permits", sort_order=1)
    FAQFactory(question="Second?", topic=late)
    FAQFactory(question="First?", topic=early)
    data = by_path(client, "/questions/")
    assert [group["topic"]["name"] for group in data["topics"]] == ["Permits", "Zzz later"]
    assert data["topics"][0]["faqs"][0]["question"] == "First?"
    assert FAQ.objects.count() == 2


@pytest.mark.django_db
@pytest.mark.parametrize("path", ["/nowhere/", "/itineraries/nope/", "/itineraries/x/y/"])
def test_unknown_path_is_a_json_404(client, trek, path):
    data = by_path(client, path, status=404)
    assert data == {"message": f"No published page has the path '{path}'.", "param": "path"}


@pytest.mark.django_db
def test_destination_listing_and_detail(client, destination, places):
    listing = get_json(client, f"{API}/destinations/")
    assert listing["count"] == 1
    assert listing["items"][0]["place"]["slug"] == places["lares"].slug
    assert get_json(client, f"{API}/destinations/?place_kind=town")["count"] == 0
    data = get_json(client, f"{API}/destinations/{destination.pk}/")
    assert data["type"] == "destination"
    assert data["temperature"] == {
        "min": {"c": 32, "f": 90},
        "max": {"c": 40, "f": 104},
        "note": "",
    }
    assert data["pools"] == {"min": 5, "max": 5, "note": ""}
    assert data["body"] == []


@pytest.mark.django_db
def test_community_listing_and_detail(client, community, trek, short_trek):
    listing = get_json(client, f"{API}/communities/?ordering=-elevation")
    assert [item["title"] for item in listing["items"]] == ["Huacahuasi"]
    data = get_json(client, f"{API}/communities/{community.pk}/")
    assert data["type"] == "community"
    assert data["traditions"] == "<p>Weaving is taught from childhood.</p>"
    assert data["experiences"] == [
        {
            "kind": "workshop",
            "title": "Weaving",
            "duration": None,
            "bookable": False,
            "description": "Try the loom.",
        }
    ]
    assert [link["title"] for link in data["itineraries"]] == [
        "Lares trek in 4 days",
        "Lares in 2 days",
    ]
    short_trek.unpublish()
    data = get_json(client, f"{API}/communities/{community.pk}/")
    assert [link["title"] for link in data["itineraries"]] == ["Lares trek in 4 days"]


@pytest.mark.django_db
def test_detail_routes_do_not_cross_types(client, trek, destination):
    get_json(client, f"{API}/destinations/{trek.pk}/", status=404)
    get_json(client, f"{API}/communities/{destination.pk}/", status=404)
    get_json(client, f"{API}/itineraries/{destination.pk}/", status=404)
