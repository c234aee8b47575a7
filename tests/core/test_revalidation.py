"""Publishing tells the visitor site which paths to re-render, with a signed request."""

import hashlib
import hmac
import json
import threading
import time
from http.server import BaseHTTPRequestHandler, HTTPServer

import pytest

from guide.core import revalidation
from guide.core.locales import frontend_path
from guide.core.revalidation import signature


@pytest.fixture
def webhook(settings):
    """A loopback server standing where the visitor site's webhook would be; keeps headers too."""
    received = []

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self):
            body = self.rfile.read(int(self.headers["Content-Length"]))
            received.append((dict(self.headers), body))
            self.send_response(200)
            self.end_headers()

        def log_message(self, *args):
            pass

    server = HTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    settings.GUIDE = {
        **settings.GUIDE,
        "REVALIDATE_URL": f"http://127.0.0.1:{server.server_port}/api/revalidate",
        "REVALIDATE_SECRET": "test-secret",
    }
    yield received
    server.shutdown()


def test_the_signature_covers_the_timestamp_and_the_body():
    body = b'{"paths": ["/"]}'
    expected = hmac.new(b"test-secret", b"1700000000." + body, hashlib.sha256).hexdigest()
    assert signature("1700000000", body, "test-secret") == f"sha256={expected}"
    # The same body at another time, or under another key, has another signature.
    assert signature("1700000001", body, "test-secret") != f"sha256={expected}"
    assert signature("1700000000", body, "another-secret") != f"sha256={expected}"


@pytest.mark.django_db
def test_publishing_posts_the_changed_paths_signed_with_a_timestamp(
    webhook, make_itinerary, lares_days, django_capture_on_commit_callbacks
):
    page = make_itinerary("Lares in four days", lares_days(), publish=False)
    page.title = "Lares in four days, renamed"
    before = int(time.time())
    with django_capture_on_commit_callbacks(execute=True):
        page.save_revision().publish()

    # The page and its listings first; the pages that show it follow once rendered again.
    headers, body = webhook[0]
    assert json.loads(body)["paths"] == [frontend_path(page), frontend_path(page.get_parent()), "/"]
    timestamp = headers["X-Guide-Timestamp"]
    assert before <= int(timestamp) <= int(time.time())
    assert headers["X-Guide-Signature"] == signature(timestamp, body, "test-secret")
    assert headers["X-Guide-Signature"] != signature(timestamp, body, "another-secret")


def test_many_paths_go_in_requests_the_frontend_accepts(webhook):
    paths = [f"/itineraries/trek-{n}/" for n in range(450)]
    revalidation.send(paths)
    sent = [json.loads(body)["paths"] for _, body in webhook]
    assert [len(batch) for batch in sent] == [200, 200, 50]
    assert [path for batch in sent for path in batch] == paths
    assert all(len(body) < 64 * 1024 for _, body in webhook)
    for headers, body in webhook:
        assert headers["X-Guide-Signature"] == signature(
            headers["X-Guide-Timestamp"], body, "test-secret"
        )


@pytest.mark.django_db
def test_unpublishing_posts_the_path_too(frontend, lares_trek, django_capture_on_commit_callbacks):
    path = frontend_path(lares_trek)
    with django_capture_on_commit_callbacks(execute=True):
        lares_trek.unpublish()
    assert path in json.loads(frontend[0][1])["paths"]


@pytest.mark.django_db
def test_a_frontend_that_is_down_does_not_block_publishing(
    settings, lares_trek, django_capture_on_commit_callbacks
):
    settings.GUIDE = {
        **settings.GUIDE,
        "REVALIDATE_URL": "http://127.0.0.1:9/",
        "REVALIDATE_SECRET": "s",
    }
    lares_trek.title = "Still publishes"
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        lares_trek.save_revision().publish()
    assert callbacks  # the webhook was attempted, and failed quietly
    lares_trek.refresh_from_db()
    assert lares_trek.title == "Still publishes"


@pytest.mark.django_db
def test_a_new_redirect_posts_its_old_path(frontend, django_capture_on_commit_callbacks):
    from wagtail.contrib.redirects.models import Redirect

    with django_capture_on_commit_callbacks(execute=True):
        Redirect.objects.create(old_path="/old-trek", redirect_link="https://example.org/")
    assert json.loads(frontend[-1][1])["paths"] == ["/old-trek"]
