"""Facts are not translated: one change in the original reaches every language."""

from decimal import Decimal

import pytest

BY_PATH = "/api/v3/guide/pages/by-path/"
SPANISH_TREK = "/es/itineraries/caminata-de-lares/"


def spanish_trek_json(client):
    return client.get(BY_PATH, {"path": SPANISH_TREK}).json()


@pytest.mark.django_db
def test_editing_the_pass_elevation_once_changes_the_spanish_maximum_altitude(
    client, spanish_trek, places, django_capture_on_commit_callbacks
):
    assert spanish_trek_json(client)["max_altitude"]["m"] == 4450
    ipsaycocha = places["ipsay_pass"]
    ipsaycocha.elevation_m = 4465
    with django_capture_on_commit_callbacks(execute=True):
        ipsaycocha.save_revision().publish()
    assert spanish_trek_json(client)["max_altitude"]["m"] == 4465


@pytest.mark.django_db
def test_publishing_the_original_brings_the_translations_figures_in_step(
    client, trek, spanish_trek, django_capture_on_commit_callbacks
):
    from guide.itineraries.models import ItineraryPage

    page = ItineraryPage.objects.get(pk=trek.pk)
    days = list(page.days.all())
    days[1].distance_km = Decimal("13.5")
    page.days = days  # as the admin's form sets them
    with django_capture_on_commit_callbacks(execute=True):
        page.save_revision().publish()
    spanish_day = spanish_trek_json(client)["days"][1]
    assert spanish_day["distance"]["km"] == 13.5
    assert spanish_day["title"] == "Por el abra Ipsaycocha"  # the translated words are kept
