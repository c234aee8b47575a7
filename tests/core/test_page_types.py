"""Where each page type may be created: the tree an editor can build in the admin."""

import pytest
from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase

from guide.communities.models import CommunityIndexPage, CommunityProfilePage
from guide.destinations.models import DestinationIndexPage, DestinationPage
from guide.faqs.models import FAQIndexPage
from guide.home.models import HomePage
from guide.itineraries.models import ItineraryIndexPage, ItineraryPage

INDEX_PAGES = [ItineraryIndexPage, DestinationIndexPage, CommunityIndexPage, FAQIndexPage]
ALL_TYPES = [HomePage, *INDEX_PAGES, ItineraryPage, DestinationPage, CommunityProfilePage]


@pytest.fixture
def rules():
    """Wagtail's page-type assertions, usable from a pytest function."""
    return WagtailPageTestCase()


def test_home_page_goes_only_under_the_root(rules):
    rules.assertAllowedParentPageTypes(HomePage, {Page})
    for page_type in ALL_TYPES:
        rules.assertCanNotCreateAt(page_type, HomePage)


def test_home_page_holds_exactly_the_four_index_pages(rules):
    rules.assertAllowedSubpageTypes(HomePage, set(INDEX_PAGES))


@pytest.mark.parametrize("index_type", INDEX_PAGES)
def test_index_pages_go_only_under_the_home_page(rules, index_type):
    rules.assertAllowedParentPageTypes(index_type, {HomePage})
    rules.assertCanCreateAt(HomePage, index_type)
    rules.assertCanNotCreateAt(Page, index_type)


@pytest.mark.parametrize(
    ("index_type", "child_type"),
    [
        (ItineraryIndexPage, ItineraryPage),
        (DestinationIndexPage, DestinationPage),
        (CommunityIndexPage, CommunityProfilePage),
    ],
)
def test_each_index_holds_only_its_own_page_type(rules, index_type, child_type):
    rules.assertAllowedSubpageTypes(index_type, {child_type})
    rules.assertAllowedParentPageTypes(child_type, {index_type})
    for other_index in INDEX_PAGES:
        if other_index is not index_type:
            rules.assertCanNotCreateAt(other_index, child_type)


def test_faq_index_has_no_children(rules):
    rules.assertAllowedSubpageTypes(FAQIndexPage, set())


@pytest.mark.parametrize("leaf_type", [ItineraryPage, DestinationPage, CommunityProfilePage])
def test_content_pages_have_no_children(rules, leaf_type):
    rules.assertAllowedSubpageTypes(leaf_type, set())


@pytest.mark.parametrize("index_type", INDEX_PAGES)
def test_a_home_page_has_at_most_one_of_each_index(home, index_type):
    assert index_type.objects.child_of(home).count() == 1
    assert not index_type.can_create_at(home)


def test_a_second_home_page_cannot_be_added_under_the_root(home):
    assert not HomePage.can_create_at(Page.get_first_root_node())


def test_a_first_home_page_can_be_added_under_the_root(db):
    assert HomePage.can_create_at(Page.get_first_root_node())
