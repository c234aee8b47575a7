"""Every page type's JSON comes from its one declaration: v3 and v2 agree field for field, the
v3 payload validates against the declared schema, and a listing's card is part of the page."""

import pytest
from pydantic import TypeAdapter

from guide.api.v3.declarations import declaration_for, declarations
from guide.api.v3.schemas.pages import GuidePage

from .helpers import API, get_json

PATHS = {
    "/": "home",
    "/itineraries/": "itinerary_index",
    "/itineraries/lares-trek-in-4-days/": "itinerary",
    "/destinations/": "destination_index",
    "/destinations/lares-hot-springs/": "destination",
    "/communities/": "community_index",
    "/communities/huacahuasi/": "community",
    "/questions/": "faq_index",
}
LISTINGS = {"itinerary": "itineraries", "destination": "destinations", "community": "communities"}


@pytest.fixture
def every_type(trek, destination, community, home):
    home.featured = [("page", trek)]
    home.save_revision().publish()


def test_every_page_type_has_a_declaration_and_the_tests_visit_each():
    assert {schema.type_name for schema in declarations().values()} == set(PATHS.values())


@pytest.mark.django_db
@pytest.mark.parametrize(("path", "type_name"), PATHS.items())
def test_v3_and_v2_serve_the_same_declared_fields(client, every_type, path, type_name):
    v3 = get_json(client, f"{API}/pages/by-path/?path={path}")
    assert v3["type"] == type_name
    TypeAdapter(GuidePage).validate_python(v3)  # the payload is what the schema says

    v2 = get_json(client, f"/api/v2/pages/{v3['id']}/?fields=*")
    schema = declaration_for(type(v3_page(v3["id"])))
    own_fields = [
        name for name in schema.model_fields if name not in schema.__bases__[0].model_fields
    ]
    for name in [*own_fields, "structured_data"]:
        assert v2[name] == v3[name], name
    assert v2["title"] == v3["title"] and v2["id"] == v3["id"]


@pytest.mark.django_db
@pytest.mark.parametrize("type_name", LISTINGS)
def test_a_listing_card_is_the_declared_part_of_the_page(client, every_type, type_name):
    [card, *_] = get_json(client, f"{API}/{LISTINGS[type_name]}/")["items"]
    detail = get_json(client, f"{API}/{LISTINGS[type_name]}/{card['id']}/")
    assert card == {name: detail[name] for name in card}
    schema = next(s for s in declarations().values() if s.type_name == type_name)
    assert list(card) == list(schema.card_fields)


@pytest.mark.django_db
def test_v3_fields_selects_top_level_fields_and_v2_listings_stay_cards(client, every_type, trek):
    data = get_json(client, f"{API}/itineraries/{trek.pk}/?fields=title,max_altitude")
    assert data == {
        "type": "itinerary",
        "id": trek.pk,
        "title": trek.title,
        "max_altitude": {"m": 4450, "ft": 14600},
    }
    listing = get_json(client, f"{API}/itineraries/?fields=path")
    assert listing["items"] == [{"id": trek.pk, "path": "/itineraries/lares-trek-in-4-days/"}]
    v2 = get_json(client, "/api/v2/pages/?type=guide_itineraries.ItineraryPage&fields=*")
    [item] = v2["items"]
    assert "max_altitude" in item and "days" not in item and "body" not in item


def v3_page(page_id):
    from wagtail.models import Page

    return Page.objects.get(pk=page_id).specific
