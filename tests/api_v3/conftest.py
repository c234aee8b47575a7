"""Fixtures of the v3 API tests, built on the shared ones in tests/conftest.py."""

import pytest
from wagtail.models import APIToken

from guide.itineraries.models import ItinerarySeasonMonth
from tests.factories import CommunityProfilePageFactory, DestinationPageFactory

from .helpers import body_json, make_image, publish


@pytest.fixture(autouse=True)
def _api_settings(settings):
    settings.ALLOWED_HOSTS = ["testserver", "localhost"]


@pytest.fixture
def bearer(django_user_model):
    """Headers of an editor's API token (a superuser: every route goes past its auth)."""
    user = django_user_model.objects.create_superuser("editor", "editor@example.com", "x")
    _token, plaintext = APIToken.create_token(user=user, name="tests")
    return {"HTTP_AUTHORIZATION": f"Bearer {plaintext}"}


@pytest.fixture
def hero(db):
    return make_image("Lake below the pass")


@pytest.fixture
def trek(make_itinerary, lares_days, places, hero):
    """The 4-day Lares trek with a hero image, a body of every block type and a season."""
    page = make_itinerary(
        "Lares trek in 4 days",
        lares_days(),
        summary="Weaving villages, the Ipsaycocha pass and natural hot springs.",
        difficulty="moderate",
        hero_image=hero,
        body=body_json(image=hero, place=places["ipsay_pass"]),
        includes='[{"type": "item", "value": "Guide"}]',
    )
    for month, rating in ((5, "best"), (6, "best"), (1, "avoid")):
        ItinerarySeasonMonth.objects.create(page=page, month=month, rating=rating, note="")
    return page


@pytest.fixture
def short_trek(make_itinerary, lares_days):
    """A 2-day, easy variant that stays below the pass."""
    first, _, third, _ = lares_days()
    page = make_itinerary("Lares in 2 days", [first, third], difficulty="easy")
    ItinerarySeasonMonth.objects.create(page=page, month=7, rating="best", note="")
    return page


@pytest.fixture
def destination(destination_index, places, hero):
    return publish(
        DestinationPageFactory(
            parent=destination_index,
            title="Lares hot springs",
            place=places["lares"],
            summary="Thermal pools where walkers soak tired legs before the climb.",
            temperature_min_c=32,
            temperature_max_c=40,
            pool_count_min=5,
            pool_count_max=5,
            hero_image=hero,
        )
    )


@pytest.fixture
def community(community_index, places):
    return publish(
        CommunityProfilePageFactory(
            parent=community_index,
            title="Huacahuasi",
            place=places["huacahuasi"],
            summary="A Quechua hamlet of weavers and potato growers below the pass.",
            traditions="<p>Weaving is taught from childhood.</p>",
            experiences='[{"type": "experience", "value": {"kind": "workshop", '
            '"title": "Weaving", "description": "Try the loom."}}]',
        )
    )
