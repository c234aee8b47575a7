"""A figure can be exact, approximate within a margin, or unknown; sources keep the figures
other publications give, on the one place."""

from datetime import date

import pytest
from django.urls import reverse

from guide.places.models import PlaceSource
from tests.api_v3.helpers import API, get_json
from tests.factories import PlaceFactory
from tests.places.forms import place_form_data


def add_place(admin_client, **fields):
    url = reverse("wagtailsnippets_guide_places_place:add")
    return admin_client.post(url, place_form_data(name="Cuncani", kind="village", **fields))


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("fields", "message"),
    [
        (
            {"elevation_precision": "approximate"},
            "Say how far off the elevation may be (± metres).",
        ),
        (
            {"elevation_precision": "unknown"},
            "Leave the elevation empty when it is unknown, or choose another precision.",
        ),
        ({"elevation_m": ""}, "Give the elevation, or set the precision to &#x27;unknown&#x27;."),
        (
            {"elevation_margin_m": "50"},
            "Only an approximate figure has a margin: clear it, or choose &#x27;approximate&#x27;.",
        ),
        (
            {"latitude": "", "coordinates_precision": "exact"},
            "Give the coordinates, or set the precision to &#x27;unknown&#x27;.",
        ),
    ],
)
def test_a_figure_that_does_not_fit_its_precision_is_refused(admin_client, fields, message):
    response = add_place(admin_client, **fields)
    assert response.status_code == 200
    assert message in response.content.decode()


@pytest.mark.django_db
def test_an_unknown_elevation_is_null_and_no_invented_figure_reaches_the_api(
    admin_client, client, make_itinerary, lares_days, places
):
    response = add_place(
        admin_client,
        elevation_m="",
        elevation_precision="unknown",
        latitude="",
        longitude="",
        coordinates_precision="unknown",
        **{"action-publish": "action-publish"},
    )
    assert response.status_code == 302
    cuncani = get_json(client, f"{API}/places/cuncani/")
    assert (cuncani["elevation"], cuncani["coordinates"]) == (None, None)
    assert cuncani["precision"]["elevation"] == {"precision": "unknown", "margin_m": None}


@pytest.mark.django_db
def test_an_itinerary_derives_its_maximum_from_the_elevations_it_knows(
    client, make_itinerary, lares_days, places
):
    days = lares_days()
    days[0].to_place = PlaceFactory(name="Unmeasured camp", elevation_m=None)
    days[0].to_place.elevation_precision = "unknown"
    days[0].to_place.save()
    trek = make_itinerary("Lares with an unmeasured camp", days)
    assert get_json(client, f"{API}/itineraries/{trek.pk}/")["max_altitude"]["m"] == 4450


@pytest.mark.django_db
def test_sources_record_the_figures_each_publication_gives(client, places):
    pass_ = places["ipsay_pass"]
    pass_.elevation_precision, pass_.elevation_margin_m = "approximate", 50
    pass_.save()
    for title, metres in (("Operator A", 4400), ("Operator B", 4500)):
        PlaceSource.objects.create(
            place=pass_,
            title=title,
            figure=f"{metres:,} m",
            elevation_m=metres,
            checked_on=date(2026, 11, 21),
        )

    detail = get_json(client, f"{API}/places/{pass_.slug}/")
    assert detail["elevation"] == {"m": 4450, "ft": 14600}
    assert detail["precision"]["elevation"] == {"precision": "approximate", "margin_m": 50}
    assert [(s["title"], s["elevation"]["m"], s["checked_on"]) for s in detail["sources"]] == [
        ("Operator A", 4400, "2026-11-21"),
        ("Operator B", 4500, "2026-11-21"),
    ]
