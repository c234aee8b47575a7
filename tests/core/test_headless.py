"""A guide page asked for as HTML at Django's address goes to the visitor site (or nowhere)."""

import pytest
from django.urls import reverse
from wagtail.models import PageViewRestriction

from guide.core.locales import frontend_path

pytestmark = pytest.mark.django_db


def test_a_page_redirects_to_the_same_path_on_the_visitor_site(client, lares_trek, settings):
    settings.GUIDE = {**settings.GUIDE, "FRONTEND_BASE_URL": "https://guide.example"}
    response = client.get(frontend_path(lares_trek))
    assert response.status_code == 302
    assert response["Location"] == f"https://guide.example{frontend_path(lares_trek)}"


def test_off_answers_404_for_every_guide_page(client, lares_trek, settings):
    settings.GUIDE = {**settings.GUIDE, "HTML_PAGES": "off"}
    for page in (lares_trek, lares_trek.get_parent(), lares_trek.get_parent().get_parent()):
        assert client.get(frontend_path(page)).status_code == 404


def test_a_restricted_page_asks_for_its_password_first(client, lares_trek):
    PageViewRestriction.objects.create(
        page=lares_trek, restriction_type=PageViewRestriction.PASSWORD, password="condor"
    )
    response = client.get(frontend_path(lares_trek))
    assert response.status_code == 200
    assert b"password" in response.content.lower()
    assert lares_trek.title.encode() not in response.content


def test_serve_keeps_the_templates(client, lares_trek, settings):
    settings.GUIDE = {**settings.GUIDE, "HTML_PAGES": "serve"}
    response = client.get(frontend_path(lares_trek))
    assert response.status_code == 200
    assert lares_trek.title.encode() in response.content


def test_the_admin_links_to_the_live_page_on_the_visitor_site(admin_client, lares_trek, settings):
    settings.GUIDE = {**settings.GUIDE, "FRONTEND_BASE_URL": "https://guide.example"}
    live = f"https://guide.example{frontend_path(lares_trek)}"
    assert lares_trek.url == live
    # The editor's live status link, and the "View live" button of the page listing.
    editor = admin_client.get(reverse("wagtailadmin_pages:edit", args=[lares_trek.pk]))
    assert f'href="{live}"' in editor.content.decode()
    listing = admin_client.get(reverse("wagtailadmin_explore", args=[lares_trek.get_parent().pk]))
    assert f'href="{live}"' in listing.content.decode()


def test_served_pages_keep_django_urls(lares_trek, settings):
    settings.GUIDE = {**settings.GUIDE, "HTML_PAGES": "serve"}
    assert lares_trek.url == frontend_path(lares_trek)
