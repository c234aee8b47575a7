"""Publishing tells the visitor site which paths to re-render, with a signed request."""

import json

import pytest

from guide.core.revalidation import signature


@pytest.mark.django_db
def test_publishing_posts_the_changed_paths_signed(
    frontend, make_itinerary, lares_days, django_capture_on_commit_callbacks
):
    page = make_itinerary("Lares in four days", lares_days(), publish=False)
    page.title = "Lares in four days, renamed"
    with django_capture_on_commit_callbacks(execute=True):
        page.save_revision().publish()

    # The page and its listings first; the pages that show it follow once rendered again.
    header, body = frontend[0]
    assert json.loads(body)["paths"] == [page.url, page.get_parent().url, "/"]
    assert header == signature(body, "test-secret")
    assert header != signature(body, "another-secret")


@pytest.mark.django_db
def test_unpublishing_posts_the_path_too(frontend, lares_trek, django_capture_on_commit_callbacks):
    path = lares_trek.url
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
