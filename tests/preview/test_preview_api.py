"""A saved draft stays off every public endpoint; only a valid preview token shows it."""

from urllib.parse import parse_qs, urlparse

import pytest
from django.urls import reverse

from guide.core.locales import frontend_path
from guide.preview.tokens import make_token

PUBLIC_URLS = [
    "/api/v2/pages/?type=guide_itineraries.ItineraryPage&fields=*",
    "/api/v2/pages/?search=Draft",
    "/api/v3/guide/itineraries/",
    "/api/v3/guide/search/?q=Draft",
]


def frontend_token(admin_client, page):
    url = reverse("wagtailadmin_pages:view_draft", args=(page.pk,)) + "?mode=frontend"
    location = urlparse(admin_client.get(url)["Location"])
    return parse_qs(location.query)["token"][0]


@pytest.fixture
def draft_change(lares_trek):
    lares_trek.title = "Draft title nobody may see"
    lares_trek.save_revision()
    return lares_trek


@pytest.mark.django_db
def test_a_saved_draft_is_invisible_on_every_public_endpoint(client, draft_change):
    page = draft_change
    urls = [
        *PUBLIC_URLS,
        f"/api/v2/pages/{page.pk}/",
        f"/api/v3/guide/itineraries/{page.pk}/",
        f"/api/v3/guide/pages/by-path/?path={frontend_path(page)}",
    ]
    for url in urls:
        response = client.get(url)
        assert response.status_code == 200, url
        assert b"Draft title nobody may see" not in response.content, url


@pytest.mark.django_db
def test_a_valid_token_shows_the_draft(client, admin_client, draft_change):
    token = frontend_token(admin_client, draft_change)
    response = client.get(f"/api/v3/guide/preview/?token={token}")
    assert response.status_code == 200
    data = response.json()
    assert data["type"] == "itinerary"
    assert data["title"] == "Draft title nobody may see"
    assert data["max_altitude"] == {"m": 4450, "ft": 14600}
    assert len(data["days"]) == 4
    assert "no-store" in response["Cache-Control"]


@pytest.mark.django_db
def test_forged_tokens_get_403(client):
    for token in ["forged", make_token(1)[:-3] + "abc"]:
        response = client.get(f"/api/v3/guide/preview/?token={token}")
        assert response.status_code == 403
        assert response.json()["message"] == "This preview link is not valid."


@pytest.mark.django_db
def test_expired_tokens_get_401(client, admin_client, draft_change, settings):
    token = frontend_token(admin_client, draft_change)
    settings.GUIDE = {**settings.GUIDE, "PREVIEW_TOKEN_SECONDS": -1}
    response = client.get(f"/api/v3/guide/preview/?token={token}")
    assert response.status_code == 401
    assert "expired" in response.json()["message"]
