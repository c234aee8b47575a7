"""Every page type opens in the page editor and previews with its title."""

import pytest
from django.urls import reverse

from .admin_forms import edit_form_data, edit_url

PAGE_FIXTURES = [
    "home",
    "itinerary_index",
    "destination_index",
    "community_index",
    "faq_index",
    "lares_trek",
    "destination",
    "community",
]


@pytest.mark.parametrize("page_fixture", PAGE_FIXTURES)
def test_the_editor_opens_each_page_type(admin_client, request, page_fixture):
    page = request.getfixturevalue(page_fixture)
    response = admin_client.get(edit_url(page))
    assert response.status_code == 200
    assert page.title in response.content.decode()


@pytest.mark.parametrize("page_fixture", PAGE_FIXTURES)
def test_the_preview_shows_each_page_type_with_its_title(admin_client, request, page_fixture):
    page = request.getfixturevalue(page_fixture)
    data = edit_form_data(admin_client, page)
    data["title"] = f"{page.title} (draft title)"
    preview_url = reverse("wagtailadmin_pages:preview_on_edit", args=[page.pk])

    response = admin_client.post(preview_url, data)
    assert response.json() == {"is_valid": True, "is_available": True}

    response = admin_client.get(preview_url + "?mode=")  # the plain-template preview
    assert response.status_code == 200
    assert f"{page.title} (draft title)" in response.content.decode()

    response = admin_client.get(preview_url)  # the default: the visitor site, with a token
    assert response.status_code == 302
    assert response["Location"].startswith("http://localhost:3000/api/preview?token=")


@pytest.mark.parametrize("page_fixture", PAGE_FIXTURES)
def test_saving_a_page_unchanged_in_the_editor_works(admin_client, request, page_fixture):
    page = request.getfixturevalue(page_fixture)
    data = edit_form_data(admin_client, page)
    revisions_before = page.revisions.count()
    response = admin_client.post(edit_url(page), data)
    assert response.status_code == 302
    assert page.revisions.count() == revisions_before + 1
