"""Publishing tells the visitor site which paths to re-render, with a signed request."""

import json
import threading
from http.server import BaseHTTPRequestHandler, HTTPServer

import pytest

from guide.core.revalidation import signature


@pytest.fixture
def frontend(settings):
    """A real HTTP server on loopback standing where the visitor site's webhook would be."""
    received = []

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self):
            body = self.rfile.read(int(self.headers["Content-Length"]))
            received.append((self.headers["X-Guide-Signature"], body))
            self.send_response(200)
            self.end_headers()

        def log_message(self, *args):
            pass

    server = HTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    settings.GUIDE = {
        **settings.GUIDE,
        "REVALIDATE_URL": f"http://127.0.0.1:{server.server_port}/api/revalidate",
        "REVALIDATE_SECRET": "test-secret",
    }
    yield received
    server.shutdown()


@pytest.mark.django_db
def test_publishing_posts_the_changed_paths_signed(
    frontend, make_itinerary, lares_days, django_capture_on_commit_callbacks
):
    page = make_itinerary("Lares in four days", lares_days(), publish=False)
    page.title = "Lares in four days, renamed"
    with django_capture_on_commit_callbacks(execute=True):
        page.save_revision().publish()

    header, body = frontend[-1]
    assert json.loads(body)["paths"] == [page.url, page.get_parent().url, "/"]
    assert header == signature(body, "test-secret")
    assert header != signature(body, "another-secret")


@pytest.mark.django_db
def test_unpublishing_posts_the_path_too(frontend, lares_trek, django_capture_on_commit_callbacks):
    path = lares_trek.url
    with django_capture_on_commit_callbacks(execute=True):
        lares_trek.unpublish()
    assert path in json.loads(frontend[-1][1])["paths"]


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
