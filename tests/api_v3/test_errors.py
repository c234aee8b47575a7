"""Bad input gets a 400 and a missing item a 404, always as JSON {"message", "param"}."""

import pytest
from django.test import override_settings

from .helpers import API


def assert_error(response, status, mentions):
    assert response.status_code == status, response.content
    assert response["Content-Type"] == "application/json"
    data = response.json()
    assert set(data) == {"message", "param"}
    assert mentions in data["message"], data


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("url", "mentions"),
    [
        ("/itineraries/?colour=blue", "'colour'"),
        ("/itineraries/?min_days=three", "min_days"),
        ("/itineraries/?min_days=0", "min_days"),
        ("/itineraries/?max_days=1.5", "max_days"),
        ("/itineraries/?min_days=4&max_days=2", "min_days cannot be greater than max_days"),
        ("/itineraries/?max_altitude_above=-1", "max_altitude_above"),
        ("/itineraries/?max_altitude_below=99999", "max_altitude_below"),
        ("/itineraries/?max_altitude_above=5000&max_altitude_below=4000", "max_altitude_above"),
        ("/itineraries/?best_month=13", "best_month"),
        ("/itineraries/?best_month=", "best_month"),
        ("/itineraries/?difficulty=extreme", "difficulty"),
        ("/itineraries/?ordering=altitude", "ordering"),
        ("/itineraries/?passes_through=atlantis", "passes_through"),
        ("/itineraries/?passes_through=99999999999999999999999", "passes_through"),
        ("/itineraries/?limit=101", "limit: cannot be higher than 100"),
        ("/itineraries/?limit=0", "limit"),
        ("/itineraries/?limit=ten", "limit"),
        ("/itineraries/?offset=-1", "offset"),
        ("/itineraries/?offset=99999999999999999999", "offset"),
        ("/itineraries/1/?field=title", "'field'"),
        ("/itineraries/?fields=title,no_such_field", "no_such_field"),
        ("/itineraries/abc/", "id"),
        ("/itineraries/0/", "id"),
        ("/itineraries/99999999999999999999999/", "id"),
        ("/destinations/?place_kind=volcano", "place_kind"),
        ("/communities/?ordering=size", "ordering"),
        ("/pages/by-path/", "path: Field required"),
        ("/pages/by-path/?path=lares/", "path"),
        ("/pages/by-path/?path=/x/&site=2", "'site'"),
        ("/places/?kind=mountain", "kind"),
        ("/places/?q=", "q"),
        ("/faqs/?topic=nope", "topic"),
        ("/search/", "q: Field required"),
        ("/search/?q=" + "x" * 201, "q"),
        ("/search/?q=pass&type=itinerary", "'type'"),
    ],
)
def test_bad_input_is_a_400(client, home, url, mentions):
    assert_error(client.get(f"{API}{url}"), 400, mentions)


@pytest.mark.django_db
def test_unknown_parameter_message_lists_the_accepted_ones(client, home):
    data = client.get(f"{API}/faqs/?topc=permits").json()
    assert data == {
        "message": "Unknown query parameter 'topc'. Accepted parameters: locale, topic.",
        "param": "topc",
    }


@pytest.mark.django_db
@pytest.mark.parametrize(
    "url",
    [
        "/itineraries/424242/",
        "/destinations/424242/",
        "/communities/424242/",
        "/places/424242/",
        "/places/nowhere/",
        "/pages/by-path/?path=/nowhere/",
    ],
)
def test_missing_items_are_404s(client, home, url):
    assert_error(client.get(f"{API}{url}"), 404, "No ")


@pytest.mark.django_db
def test_max_page_size_follows_the_setting(client, home):
    with override_settings(GUIDE={"MAX_PAGE_SIZE": 5}):
        assert_error(client.get(f"{API}/places/?limit=6"), 400, "cannot be higher than 5")
        assert client.get(f"{API}/places/?limit=5").status_code == 200


@pytest.mark.django_db
def test_no_site_means_404_not_500(client, home):
    from wagtail.models import Site

    Site.objects.all().delete()
    assert client.get(f"{API}/itineraries/").json() == {"count": 0, "items": []}
    assert_error(client.get(f"{API}/pages/by-path/?path=/"), 404, "No published page")


@pytest.mark.django_db
def test_wagtail_pages_endpoints_keep_their_own_errors(client, home, bearer):
    response = client.get("/api/v3/pages/?limit=abc", **bearer)
    assert response.status_code == 422
    assert response["Content-Type"] == "application/problem+json"
    missing = client.get("/api/v3/pages/424242/", **bearer)
    assert missing.status_code == 404
    assert missing.json()["detail"]


@pytest.mark.django_db
def test_a_payload_breaking_its_schema_is_a_logged_json_500(client, trek, monkeypatch, caplog):
    from guide.api.v3.declarations import From
    from guide.api.v3.schemas.itineraries import GuideItinerary

    field = GuideItinerary.model_fields["duration_days"]
    broken = [From(lambda page, visibility: "four")]  # not an int: the schema refuses it
    monkeypatch.setattr(field, "metadata", broken)
    response = client.get(f"{API}/itineraries/")
    assert response.status_code == 500
    assert response.json()["message"] == "The server could not build this response."
    assert "Guide API response failed validation" in caplog.text


def test_fallback_route_answers_a_json_404_for_slash_ended_paths():
    """routes.fallback (wired by register_guide_api() once every /guide/ router is in)."""
    import re

    from django.test import RequestFactory

    from guide.api.v3.errors import NotFound
    from guide.api.v3.routes.fallback import SlashEndedPath, not_found

    pattern = re.compile(SlashEndedPath.regex)
    assert pattern.fullmatch("") and pattern.fullmatch("nothing/here/")
    assert not pattern.fullmatch("places")  # left to APPEND_SLASH's redirect
    with pytest.raises(NotFound):
        not_found(RequestFactory().get("/api/v3/guide/nothing/"), "nothing/")
