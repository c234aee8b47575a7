"""Stored JSON follows every change that shows in it, and renders nothing else again.

Each test warms the store (and, in the Redis variant, the response cache) through the API,
makes a change the way the admin does, runs the commit callbacks (where re-rendering is queued;
the test settings run tasks at once) and asks the API again.
"""

import json
import threading
from http.server import BaseHTTPRequestHandler, HTTPServer

import pytest
from wagtail.models import Page

from guide.api.models import StoredPage
from tests.api_v3.helpers import API, get_json, publish


def rendered_at() -> dict[int, object]:
    return dict(StoredPage.objects.values_list("page_id", "rendered_at"))


def warm(client, urls):
    return {url: get_json(client, url) for url in urls}


def rerendered(before: dict) -> set[int]:
    after = rendered_at()
    return {pk for pk, when in after.items() if before.get(pk) != when}


def raise_the_pass(places):
    """An editor raises the Ipsaycocha pass from 4,450 to 4,600 m."""
    places["ipsay_pass"].elevation_m = 4600
    places["ipsay_pass"].save()


def change(capture, action):
    with capture(execute=True):
        action()


@pytest.mark.django_db
def test_publishing_a_title_changes_every_response_that_shows_it(
    client, cache_mode, guide, destination, django_capture_on_commit_callbacks
):
    trek = guide["trek"]
    urls = [
        f"{API}/itineraries/{trek.pk}/",
        f"{API}/itineraries/",
        f"{API}/pages/by-path/?path=/",
        f"{API}/pages/by-path/?path=/itineraries/",
        f"{API}/itineraries/{guide['short'].pk}/",
        f"{API}/search/?q=lares",
    ]
    warm(client, urls)
    before = rendered_at()

    trek.title = "Lares trek, four days"
    change(django_capture_on_commit_callbacks, trek.save_revision().publish)

    data = warm(client, urls)
    assert data[urls[0]]["title"] == "Lares trek, four days"
    assert "Lares trek, four days" in [card["title"] for card in data[urls[1]]["items"]]
    assert data[urls[2]]["featured"][0]["title"] == "Lares trek, four days"
    assert "Lares trek, four days" in [card["title"] for card in data[urls[3]]["items"]]
    assert data[urls[4]]["alternatives"][0]["title"] == "Lares trek, four days"
    assert "Lares trek, four days" in [card["title"] for card in data[urls[5]]["items"]]
    again = rerendered(before)
    assert trek.pk in again and guide["short"].pk in again
    assert destination.pk not in again  # it shows nothing of the trek


@pytest.mark.django_db
def test_unpublishing_removes_the_page_from_everything_at_once(
    client, cache_mode, guide, django_capture_on_commit_callbacks
):
    trek, short = guide["trek"], guide["short"]
    detail = f"{API}/itineraries/{trek.pk}/"
    warm(client, [detail, f"{API}/itineraries/{short.pk}/", f"{API}/pages/by-path/?path=/"])

    change(django_capture_on_commit_callbacks, trek.unpublish)

    get_json(client, detail, status=404)
    assert get_json(client, f"{API}/itineraries/{short.pk}/")["alternatives"] == []
    assert get_json(client, f"{API}/pages/by-path/?path=/")["featured"] == []
    assert trek.pk not in [item["id"] for item in get_json(client, f"{API}/itineraries/")["items"]]


@pytest.mark.django_db
def test_moving_and_deleting_change_paths_and_listings(
    client, cache_mode, guide, home, django_capture_on_commit_callbacks
):
    trek = guide["trek"]
    old_path = "/itineraries/lares-trek-in-4-days/"
    assert get_json(client, f"{API}/pages/by-path/?path={old_path}")["id"] == trek.pk
    elsewhere = publish(home.add_child(instance=Page(title="Archive", slug="archive")))
    from guide.itineraries.models import ItineraryIndexPage

    archive = ItineraryIndexPage(title="Old routes", slug="old-routes")
    elsewhere.add_child(instance=archive)
    publish(archive)

    change(
        django_capture_on_commit_callbacks,
        lambda: Page.objects.get(pk=trek.pk).move(archive, "last-child"),
    )

    # Wagtail leaves a redirect from the old path, which by-path answers with.
    redirect = get_json(client, f"{API}/pages/by-path/?path={old_path}")
    assert redirect["type"] == "redirect"
    moved = get_json(client, f"{API}/itineraries/{trek.pk}/")
    assert moved["path"] == "/archive/old-routes/lares-trek-in-4-days/"
    assert (
        get_json(client, f"{API}/itineraries/{guide['short'].pk}/")["alternatives"][0]["path"]
        == moved["path"]
    )

    change(django_capture_on_commit_callbacks, Page.objects.get(pk=trek.pk).delete)
    get_json(client, f"{API}/itineraries/{trek.pk}/", status=404)
    assert get_json(client, f"{API}/itineraries/{guide['short'].pk}/")["alternatives"] == []


@pytest.mark.django_db
def test_a_place_edit_re_renders_exactly_the_pages_that_show_the_place(
    client, cache_mode, guide, places, destination, community, django_capture_on_commit_callbacks
):
    trek = guide["trek"]
    detail = f"{API}/itineraries/{trek.pk}/"
    assert get_json(client, detail)["max_altitude"]["m"] == 4450
    before = rendered_at()

    change(django_capture_on_commit_callbacks, lambda: raise_the_pass(places))

    assert get_json(client, detail)["max_altitude"] == {"m": 4600, "ft": 15092}
    cards = get_json(client, f"{API}/itineraries/")["items"]
    assert next(card for card in cards if card["id"] == trek.pk)["max_altitude"]["m"] == 4600
    again = rerendered(before)
    assert trek.pk in again
    assert guide["short"].pk not in again  # the 2-day variant stays below the pass
    assert destination.pk not in again and community.pk not in again


@pytest.mark.django_db
def test_an_faq_edit_re_renders_its_pages_and_the_faq_index(
    client, cache_mode, guide, destination, django_capture_on_commit_callbacks
):
    trek, faq = guide["trek"], guide["faq"]
    detail = f"{API}/itineraries/{trek.pk}/"
    assert get_json(client, detail)["faqs"][0]["question"] == "How high is the pass?"
    before = rendered_at()

    def reword():
        faq.question = "How high is the Ipsaycocha pass?"
        faq.save()

    change(django_capture_on_commit_callbacks, reword)

    assert get_json(client, detail)["faqs"][0]["question"] == "How high is the Ipsaycocha pass?"
    index = get_json(client, f"{API}/pages/by-path/?path=/questions/")
    questions = [item["question"] for group in index["topics"] for item in group["faqs"]]
    assert "How high is the Ipsaycocha pass?" in questions
    assert destination.pk not in rerendered(before)


@pytest.mark.django_db
def test_an_image_alt_text_edit_reaches_details_cards_and_the_home_page(
    client, cache_mode, guide, hero, django_capture_on_commit_callbacks
):
    trek = guide["trek"]
    home_url = f"{API}/pages/by-path/?path=/"
    assert (
        get_json(client, home_url)["featured"][0]["hero_image"]["alt"]
        == "Alt text of Lake below the pass"
    )

    def describe():
        hero.description = "Ipsaycocha lake under the pass"
        hero.save()

    change(django_capture_on_commit_callbacks, describe)

    assert get_json(client, f"{API}/itineraries/{trek.pk}/")["hero_image"]["alt"] == (
        "Ipsaycocha lake under the pass"
    )
    assert get_json(client, home_url)["featured"][0]["hero_image"]["alt"] == (
        "Ipsaycocha lake under the pass"
    )
    card = next(c for c in get_json(client, f"{API}/itineraries/")["items"] if c["id"] == trek.pk)
    assert card["hero_image"]["alt"] == "Ipsaycocha lake under the pass"


@pytest.mark.django_db
def test_a_place_edit_tells_the_frontend_every_affected_path(
    guide, places, frontend, django_capture_on_commit_callbacks
):
    change(django_capture_on_commit_callbacks, lambda: raise_the_pass(places))
    paths = {path for _, body in frontend for path in json.loads(body)["paths"]}
    assert "/itineraries/lares-trek-in-4-days/" in paths
    assert "/itineraries/lares-in-2-days/" not in paths  # below the pass: unchanged


@pytest.mark.django_db
def test_a_down_redis_costs_speed_not_answers(client, guide, settings, caplog):
    settings.CACHES = {
        **settings.CACHES,
        "responses": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": "redis://127.0.0.1:1/0",  # nothing listens on port 1
        },
    }
    settings.GUIDE = {**settings.GUIDE, "RESPONSE_CACHE": "responses"}
    data = get_json(client, f"{API}/itineraries/{guide['trek'].pk}/")
    assert data["title"] == "Lares trek in 4 days"
    assert "answering from the database" in caplog.text


@pytest.fixture
def cdn(settings):
    """A real HTTP server on loopback standing where a CDN's purge endpoint (Varnish) would be."""
    purged = []

    class Handler(BaseHTTPRequestHandler):
        def do_PURGE(self):  # noqa: N802 (the HTTP method's name)
            purged.append(self.path)
            self.send_response(200)
            self.end_headers()

        def log_message(self, *args):
            pass

    server = HTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    settings.WAGTAILFRONTENDCACHE = {
        "varnish": {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
            "LOCATION": f"http://127.0.0.1:{server.server_port}",
        }
    }
    yield purged
    server.shutdown()


@pytest.mark.django_db
def test_a_place_edit_purges_the_changed_api_answers_from_a_cdn(
    guide, places, cdn, django_capture_on_commit_callbacks
):
    change(django_capture_on_commit_callbacks, lambda: raise_the_pass(places))
    trek_answer = "/api/v3/guide/pages/by-path/?path=/itineraries/lares-trek-in-4-days/"
    assert trek_answer in cdn
    assert not any("lares-in-2-days" in path for path in cdn)
