"""A guide whose prose states numbers about its places, route and hot springs."""

import json

import pytest

from tests.factories import DestinationPageFactory, PlaceFactory, publish


def stream(*blocks):
    return json.dumps(list(blocks))


@pytest.fixture
def veronica(db):
    return PlaceFactory(
        name="Nevado Verónica", kind="peak", elevation_m=5893, aliases="Wakay Willka"
    )


@pytest.fixture
def hot_springs_page(destination_index, places):
    page = DestinationPageFactory(
        parent=destination_index,
        title="Lares Hot Springs",
        place=places["lares"],
        temperature_min_c=38,
        temperature_max_c=42,
        temperature_note="Pool water",
    )
    return publish(page)


@pytest.fixture
def write_itinerary(make_itinerary, lares_days, hot_springs_page):
    """write_itinerary(summary, body, day_descriptions) -> a published four-day Lares itinerary
    (26 km: 7.5, 12 and 6.5 km; 3-4, 6-7 and 2-3 hours) with that prose."""

    def write(summary="A walk over the pass.", body=(), descriptions=()):
        days = lares_days()
        for day, description in zip(days, descriptions, strict=False):
            day.description = description
        return make_itinerary("Lares in four days", days, summary=summary, body=stream(*body))

    return write
