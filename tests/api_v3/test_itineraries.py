"""GET /api/v3/guide/itineraries/: cards, filters, ordering, pagination and the detail."""

import pytest

from guide.api.v3.schemas.itineraries import GuideItinerary, GuideItineraryList

from .helpers import API, get_json

LIST = f"{API}/itineraries/"


def titles(client, query=""):
    return [item["title"] for item in get_json(client, f"{LIST}?{query}")["items"]]


@pytest.mark.django_db
def test_card_fields(client, trek, places):
    data = get_json(client, LIST)
    GuideItineraryList.model_validate(data)
    assert data["count"] == 1
    card = data["items"][0]
    assert card["id"] == trek.pk
    assert card["path"] == "/itineraries/lares-trek-in-4-days/"
    assert card["difficulty"] == "moderate"
    assert card["duration_days"] == 4
    assert card["max_altitude"] == {"m": 4450, "ft": 14600}
    assert card["total_distance"] == {"km": 26.0, "mi": 16.2}
    assert card["start_place"]["slug"] == places["lares"].slug
    assert card["end_place"]["name"] == "Cusco"
    assert card["best_months"] == [5, 6]
    image = card["hero_image"]
    assert image["alt"] == "Alt text of Lake below the pass"
    assert image["width"] == 64 and image["height"] == 40
    assert [source["width"] for source in image["srcset"]] == [64]  # no upscaled copies


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("", ["Lares trek in 4 days", "Lares in 2 days"]),
        ("difficulty=easy", ["Lares in 2 days"]),
        ("difficulty=strenuous", []),
        ("min_days=3", ["Lares trek in 4 days"]),
        ("max_days=2", ["Lares in 2 days"]),
        ("min_days=2&max_days=4", ["Lares trek in 4 days", "Lares in 2 days"]),
        ("max_altitude_above=4000", ["Lares trek in 4 days"]),
        ("max_altitude_above=4450", ["Lares trek in 4 days"]),
        ("max_altitude_above=4451", []),
        ("max_altitude_below=4000", ["Lares in 2 days"]),
        ("best_month=5", ["Lares trek in 4 days"]),
        ("best_month=7", ["Lares in 2 days"]),
        ("best_month=1", []),
        ("passes_through=ipsaycocha-pass", ["Lares trek in 4 days"]),
        ("passes_through=aguas-calientes", ["Lares trek in 4 days", "Lares in 2 days"]),
        ("passes_through=cusco", ["Lares trek in 4 days"]),
    ],
)
def test_filters(client, trek, short_trek, query, expected):
    assert titles(client, query) == expected


@pytest.mark.django_db
def test_passes_through_takes_an_id(client, trek, short_trek, places):
    assert titles(client, f"passes_through={places['ipsay_pass'].pk}") == ["Lares trek in 4 days"]


@pytest.mark.django_db
def test_overnight_place_counts_for_max_altitude(client, make_itinerary, places):
    from tests.factories import build_day

    p = places
    day = build_day(
        "Up to the lake", p["ollantaytambo"], p["patacancha"], overnight_place=p["ipsay_lake"]
    )
    make_itinerary("Lake night", [day])
    card = get_json(client, LIST)["items"][0]
    assert card["max_altitude"]["m"] == 4250
    assert titles(client, "max_altitude_above=4250") == ["Lake night"]


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("ordering", "expected"),
    [
        ("title", ["Lares in 2 days", "Lares trek in 4 days"]),
        ("-title", ["Lares trek in 4 days", "Lares in 2 days"]),
        ("duration_days", ["Lares in 2 days", "Lares trek in 4 days"]),
        ("-duration_days", ["Lares trek in 4 days", "Lares in 2 days"]),
        ("max_altitude", ["Lares in 2 days", "Lares trek in 4 days"]),
        ("-max_altitude", ["Lares trek in 4 days", "Lares in 2 days"]),
        ("total_distance", ["Lares in 2 days", "Lares trek in 4 days"]),
        ("first_published_at", ["Lares trek in 4 days", "Lares in 2 days"]),
        ("-first_published_at", ["Lares in 2 days", "Lares trek in 4 days"]),
    ],
)
def test_ordering(client, trek, short_trek, ordering, expected):
    assert titles(client, f"ordering={ordering}") == expected


@pytest.mark.django_db
def test_pagination(client, make_itinerary, lares_days):
    for number in range(5):
        make_itinerary(f"Variant {number}", lares_days()[:2])
    page = get_json(client, f"{LIST}?limit=2&offset=1&ordering=title")
    assert page["count"] == 5
    assert [item["title"] for item in page["items"]] == ["Variant 1", "Variant 2"]
    assert get_json(client, f"{LIST}?limit=2&offset=4")["items"][0]["title"] == "Variant 4"
    assert get_json(client, f"{LIST}?offset=10") == {"count": 5, "items": []}
    assert len(get_json(client, f"{LIST}?limit=100")["items"]) == 5


@pytest.mark.django_db
def test_detail(client, trek, places, community):
    data = get_json(client, f"{LIST}{trek.pk}/")
    GuideItinerary.model_validate(data)
    assert data["type"] == "itinerary"
    assert data["path"] == "/itineraries/lares-trek-in-4-days/"
    assert data["highest_place"]["slug"] == places["ipsay_pass"].slug
    assert data["total_ascent"] == {"m": 1360, "ft": 4462}
    assert [night["day"] for night in data["nights"]] == [1, 2, 3]
    assert data["nights"][2]["place"]["name"] == "Aguas Calientes"
    day_two = data["days"][1]
    assert [place["name"] for place in day_two["places_passed"]] == [
        "Ipsaycocha pass",
        "Ipsaycocha lake",
    ]
    assert day_two["overnight"]["type"] == "homestay"
    assert data["days"][0]["transport"][0]["duration"] == {"minutes": 200, "text": "3 h 20 min"}
    assert data["days"][3]["overnight"] is None
    assert data["communities"] == [
        {"id": community.pk, "title": "Huacahuasi", "path": "/communities/huacahuasi/"}
    ]
    assert data["includes"] == ["Guide"]
    assert data["best_months"] == [5, 6]
    assert [block["type"] for block in data["body"]] == [
        "heading",
        "paragraph",
        "callout",
        "comparison",
        "image",
        "place",
    ]
    image_block = data["body"][4]["value"]
    assert image_block["caption"] == "A view"
    assert image_block["image"]["srcset"][0]["width"] == 64
    assert data["body"][5]["value"]["place"]["elevation"]["m"] == 4450
    assert data["body"][3]["value"]["rows"] == [{"label": "Days", "values": ["2", "4"]}]


@pytest.mark.django_db
def test_alternatives_leave_out_unpublished_pages(client, trek, short_trek):
    from guide.itineraries.models import ItineraryAlternative

    ItineraryAlternative.objects.create(page=trek, alternative=short_trek, note="Shorter")
    data = get_json(client, f"{LIST}{trek.pk}/")
    assert data["alternatives"] == [
        {
            "id": short_trek.pk,
            "title": "Lares in 2 days",
            "path": "/itineraries/lares-in-2-days/",
            "note": "Shorter",
        }
    ]
    short_trek.unpublish()
    assert get_json(client, f"{LIST}{trek.pk}/")["alternatives"] == []


@pytest.mark.django_db
def test_unknown_itinerary_is_a_json_404(client, trek):
    data = get_json(client, f"{LIST}{trek.pk + 1000}/", status=404)
    assert data["message"] == f"No published itinerary has the id {trek.pk + 1000}."
