"""An image whose original file is gone leaves its picture out, not its page: a 200 with null."""

import logging

import pytest
from wagtail.images import get_image_model

from .helpers import API, body_json, make_image

pytestmark = pytest.mark.django_db


@pytest.fixture
def lost_image():
    """An image whose renditions were never made and whose original file was then deleted."""
    image = make_image("Lost view")
    get_image_model().get_rendition_model().objects.filter(image=image).delete()
    image.file.storage.delete(image.file.name)
    return image


@pytest.fixture
def trek_with_lost_image(make_itinerary, lares_days, lost_image):
    return make_itinerary(
        "Lares trek in 4 days",
        lares_days(),
        summary="Weaving villages and hot springs.",
        hero_image=lost_image,
        body=body_json(image=lost_image),
    )


def test_every_page_showing_it_answers_with_null(client, trek_with_lost_image, caplog):
    page = trek_with_lost_image
    with caplog.at_level(logging.ERROR, logger="guide.core.representations"):
        detail = client.get(f"{API}/itineraries/{page.pk}/")
        listing = client.get(f"{API}/itineraries/")
        search = client.get(f"{API}/search/?q=weaving")
        parent = client.get(f"{API}/pages/by-path/?path={page.get_parent().url}")
        v2 = client.get(f"/api/v2/pages/{page.pk}/")
    for response in (detail, listing, search, parent, v2):
        assert response.status_code == 200
    assert detail.json()["hero_image"] is None
    assert detail.json()["structured_data"]["name"] == "Lares trek in 4 days"
    [image_block] = [block for block in detail.json()["body"] if block["type"] == "image"]
    assert image_block["value"]["image"] is None
    assert listing.json()["items"][0]["hero_image"] is None
    assert [item["id"] for item in search.json()["items"]] == [page.pk]
    assert v2.json()["hero_image"] is None
    assert any("Lost view" in record.getMessage() for record in caplog.records)
