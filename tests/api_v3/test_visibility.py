"""Drafts, unpublished, private and expired pages never reach the public API."""

from datetime import timedelta

import pytest
from django.utils import timezone
from wagtail.models import Page

from .helpers import API, get_json, restrict_with_password

TITLE = "Lares trek in 4 days"
PATH = "/itineraries/lares-trek-in-4-days/"


def everywhere(client, page):
    """What each public route shows of ``page``: (listing, detail, by-path, search, index)."""
    listing = [item["id"] for item in get_json(client, f"{API}/itineraries/")["items"]]
    detail = client.get(f"{API}/itineraries/{page.pk}/").status_code
    by_path = client.get(f"{API}/pages/by-path/?path={PATH}").status_code
    search = [item["id"] for item in get_json(client, f"{API}/search/?q=Ipsaycocha")["items"]]
    index = client.get(f"{API}/pages/by-path/?path=/itineraries/").json().get("items", [])
    return (
        page.pk in listing,
        detail,
        by_path,
        page.pk in search,
        page.pk in [item["id"] for item in index],
    )


SHOWN = (True, 200, 200, True, True)
HIDDEN = (False, 404, 404, False, False)


@pytest.mark.django_db
def test_a_published_page_is_shown_everywhere(client, trek):
    assert everywhere(client, trek) == SHOWN


@pytest.mark.django_db
def test_a_draft_never_published_is_hidden(client, make_itinerary, lares_days):
    draft = make_itinerary(TITLE, lares_days(), publish=False)
    assert everywhere(client, draft) == HIDDEN


@pytest.mark.django_db
def test_an_unpublished_page_is_hidden(client, trek):
    trek.unpublish()
    assert everywhere(client, trek) == HIDDEN


@pytest.mark.django_db
def test_draft_changes_of_a_live_page_stay_invisible(client, trek):
    trek.title = "Secret new title"
    trek.save_revision()
    assert get_json(client, f"{API}/itineraries/{trek.pk}/")["title"] == TITLE
    assert get_json(client, f"{API}/itineraries/")["items"][0]["title"] == TITLE


@pytest.mark.django_db
def test_a_password_protected_page_is_hidden(client, trek):
    restrict_with_password(trek)
    assert everywhere(client, trek) == HIDDEN


@pytest.mark.django_db
def test_pages_under_a_private_section_are_hidden(client, trek, itinerary_index):
    restrict_with_password(itinerary_index)
    assert everywhere(client, trek) == HIDDEN
    get_json(client, f"{API}/pages/by-path/?path=/itineraries/", status=404)


@pytest.mark.django_db
def test_an_expired_page_is_hidden_even_before_it_is_unpublished(client, trek):
    Page.objects.filter(pk=trek.pk).update(expire_at=timezone.now() - timedelta(minutes=1))
    assert everywhere(client, trek) == HIDDEN


@pytest.mark.django_db
def test_a_page_expiring_later_is_shown(client, trek):
    Page.objects.filter(pk=trek.pk).update(expire_at=timezone.now() + timedelta(days=1))
    assert everywhere(client, trek) == SHOWN


@pytest.mark.django_db
def test_private_community_is_not_linked_from_an_itinerary(client, trek, community):
    assert get_json(client, f"{API}/itineraries/{trek.pk}/")["communities"]
    restrict_with_password(community)
    assert get_json(client, f"{API}/itineraries/{trek.pk}/")["communities"] == []
    get_json(client, f"{API}/communities/{community.pk}/", status=404)
    assert get_json(client, f"{API}/communities/")["count"] == 0


@pytest.mark.django_db
def test_pages_outside_the_site_are_not_served(client, trek, lares_days):
    from tests.factories import HomePageFactory, ItineraryIndexPageFactory, create_itinerary

    other_home = HomePageFactory(parent=Page.get_first_root_node(), title="Other", slug="other")
    other_index = ItineraryIndexPageFactory(parent=other_home, slug="itineraries")
    stray = create_itinerary(other_index, "Stray trek", lares_days())
    assert [item["id"] for item in get_json(client, f"{API}/itineraries/")["items"]] == [trek.pk]
    get_json(client, f"{API}/itineraries/{stray.pk}/", status=404)
    get_json(client, f"{API}/pages/by-path/?path=/other/itineraries/stray-trek/", status=404)
