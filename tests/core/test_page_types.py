"""Where each page type may be created: the tree an editor can build in the admin."""

import pytest
from django.utils.text import slugify
from guide_site.home.models import HomePage
from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase

from guide.communities.models import CommunityIndexPage, CommunityProfilePage
from guide.destinations.models import DestinationIndexPage, DestinationPage
from guide.faqs.models import FAQIndexPage
from guide.itineraries.models import ItineraryIndexPage, ItineraryPage
from tests.core.admin_forms import add_url

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
def test_the_site_narrows_index_pages_to_its_home_page(rules, index_type):
    rules.assertAllowedParentPageTypes(index_type, {HomePage})
    rules.assertCanCreateAt(HomePage, index_type)
    rules.assertCanNotCreateAt(Page, index_type)


@pytest.fixture
def any_parent(settings):
    """The plugin set's default: no GUIDE["INDEX_PARENT_PAGE_TYPES"], so any parent type."""
    settings.GUIDE = {
        key: value for key, value in settings.GUIDE.items() if key != "INDEX_PARENT_PAGE_TYPES"
    }


@pytest.mark.parametrize("index_type", INDEX_PAGES)
def test_by_default_index_pages_go_under_any_page_type(rules, any_parent, index_type):
    rules.assertCanCreateAt(Page, index_type)
    rules.assertCanCreateAt(HomePage, index_type)


def test_a_site_whose_home_page_is_another_model_adds_all_four_indexes_in_the_admin(
    admin_client, any_parent
):
    """The parent here is a plain wagtailcore.Page, as another site's own home model would be."""
    parent = Page.get_first_root_node().add_child(
        instance=Page(title="Another site's home", slug="another-home")
    )
    for index_type in INDEX_PAGES:
        name = index_type._meta.verbose_name
        response = admin_client.post(
            add_url(index_type, parent),
            {"title": f"All {name}", "slug": slugify(name), "intro": "", "action-publish": "1"},
        )
        assert response.status_code == 302, response.content.decode()[:2000]
        created = index_type.objects.child_of(parent).get()
        assert created.live and created.title == f"All {name}"


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
