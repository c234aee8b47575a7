from guide_site.home.models import HomePage

from guide.itineraries.models import ItineraryPage
from tests.factories import build_day


def feature(home, *pages):
    home.featured = [("page", page) for page in pages]
    home.save()
    return HomePage.objects.get(pk=home.pk)


def test_featured_pages_come_in_the_chosen_order_as_their_own_types(home, lares_trek, destination):
    home = feature(home, destination, lares_trek)
    featured = home.featured_pages()
    assert featured == [destination, lares_trek]
    assert isinstance(featured[1], ItineraryPage)
    assert featured[1].max_altitude_m == 4450


def test_unpublished_featured_pages_are_skipped(
    home, lares_trek, destination, make_itinerary, places
):
    draft = make_itinerary(
        "Ausangate circuit",
        [build_day("Day 1", places["cusco"], places["lares"])],
        publish=False,
    )
    destination.unpublish()
    home = feature(home, draft, destination, lares_trek)
    assert home.featured_pages() == [lares_trek]


def test_the_home_page_serves_the_site_root(home, site):
    assert site.root_page.specific == home
    # Its address is the visitor site's root, not Django's.
    assert home.url == "http://localhost:3000/"
