"""A Lares trek in English with its Spanish translation, made as an editor would make it."""

import pytest
from wagtail.models import Locale

from guide.demo.builders.translations import translate
from tests.factories import CommunityProfilePageFactory, publish

SPANISH_WORDS = {
    "Lares Trek": "Caminata de Lares",
    "lares-trek": "caminata-de-lares",
    "Itineraries": "Itinerarios",
    "Over the Ipsaycocha pass": "Por el abra Ipsaycocha",
    "Huacahuasi": "Huacahuasi",
}


@pytest.fixture(autouse=True)
def _api_settings(settings):
    settings.ALLOWED_HOSTS = ["testserver", "localhost"]


@pytest.fixture
def spanish(db):
    return Locale.objects.get_or_create(language_code="es")[0]


@pytest.fixture
def communities(community_index, places):
    return {
        name: publish(
            CommunityProfilePageFactory(
                parent=community_index, place=places[name], title=name.title(), slug=name
            )
        )
        for name in ("huacahuasi", "patacancha")
    }


@pytest.fixture
def trek(make_itinerary, lares_days, communities):
    return make_itinerary("Lares Trek", lares_days())


@pytest.fixture
def spanish_trek(home, trek, communities, spanish, django_capture_on_commit_callbacks):
    """The Spanish home, index and trek; only Huacahuasi's community page is translated."""
    with django_capture_on_commit_callbacks(execute=True):
        for original in [home, trek.get_parent().specific, communities["huacahuasi"], trek]:
            translate(original, spanish, SPANISH_WORDS)
    return trek.get_translation(spanish)
