"""Shared fixtures: the page tree under a HomePage, the Lares places and an itinerary builder."""

import threading
from decimal import Decimal
from functools import partial
from http.server import BaseHTTPRequestHandler, HTTPServer

import pytest
from wagtail.models import Page, Site

from guide.places.models import PlaceKind

from .factories import (
    CommunityIndexPageFactory,
    CommunityProfilePageFactory,
    DestinationIndexPageFactory,
    DestinationPageFactory,
    FAQIndexPageFactory,
    HomePageFactory,
    ItineraryIndexPageFactory,
    PlaceFactory,
    build_day,
    create_itinerary,
    publish,
)


@pytest.fixture
def site(db):
    return Site.objects.get(is_default_site=True)


@pytest.fixture
def home(site):
    """A HomePage under Wagtail's root, serving the default site, with its four index pages."""
    root = Page.get_first_root_node()
    welcome = site.root_page
    home = HomePageFactory(parent=root)
    site.root_page = home
    site.save()
    welcome.delete()  # Wagtail's "Welcome" page, made by its initial migration
    ItineraryIndexPageFactory(parent=home, intro="Compare the route choices, day by day.")
    DestinationIndexPageFactory(parent=home, intro="Where travellers head before and after.")
    CommunityIndexPageFactory(parent=home, intro="The villages whose families host walkers.")
    FAQIndexPageFactory(parent=home, intro="Answers to what walkers ask most.")
    return home


def _index(home, model):
    return model.objects.child_of(home).get()


@pytest.fixture
def itinerary_index(home):
    from guide.itineraries.models import ItineraryIndexPage

    return _index(home, ItineraryIndexPage)


@pytest.fixture
def destination_index(home):
    from guide.destinations.models import DestinationIndexPage

    return _index(home, DestinationIndexPage)


@pytest.fixture
def community_index(home):
    from guide.communities.models import CommunityIndexPage

    return _index(home, CommunityIndexPage)


@pytest.fixture
def faq_index(home):
    from guide.faqs.models import FAQIndexPage

    return _index(home, FAQIndexPage)


def _place(name, kind, elevation_m, latitude, longitude, **fields):
    return PlaceFactory(
        name=name,
        kind=kind,
        elevation_m=elevation_m,
        latitude=Decimal(latitude),
        longitude=Decimal(longitude),
        **fields,
    )


@pytest.fixture
def places(db):
    """The places of the Lares trek, keyed by a short name."""
    return {
        "cusco": _place("Cusco", PlaceKind.CITY, 3399, "-13.531950", "-71.967463"),
        "lares": _place(
            "Lares hot springs",
            PlaceKind.HOT_SPRING,
            3090,
            "-13.105",
            "-72.045",
            aliases="Lares baths",
        ),
        "huacahuasi": _place("Huacahuasi", PlaceKind.VILLAGE, 3800, "-13.154", "-72.095"),
        "ipsay_pass": _place(
            "Ipsaycocha pass",
            PlaceKind.PASS,
            4450,
            "-13.177",
            "-72.142",
            aliases="Ipsay, Ipsayccasa",
            source_note="Other sources give 4,400 m and 4,500 m.",
        ),
        "ipsay_lake": _place("Ipsaycocha lake", PlaceKind.LAKE, 4250, "-13.181", "-72.150"),
        "patacancha": _place("Patacancha", PlaceKind.VILLAGE, 3700, "-13.198", "-72.178"),
        "ollantaytambo": _place("Ollantaytambo", PlaceKind.TOWN, 2792, "-13.258", "-72.263"),
        "aguas": _place("Aguas Calientes", PlaceKind.TOWN, 2040, "-13.155", "-72.525"),
    }


@pytest.fixture
def make_itinerary(itinerary_index):
    """make_itinerary(title, days, publish=True, **fields) -> a saved ItineraryPage."""
    return partial(create_itinerary, itinerary_index)


@pytest.fixture
def lares_days(places):
    """A function building the four days of the Lares trek (fresh, unsaved objects each call)."""
    p = places

    def build():
        return [
            build_day(
                "Hot springs and the climb to Huacahuasi",
                p["lares"],
                p["huacahuasi"],
                hiking_hours_min=Decimal("3"),
                hiking_hours_max=Decimal("4"),
                distance_km=Decimal("7.5"),
                ascent_m=710,
                descent_m=0,
                overnight_type="camp",
                breakfast=False,
                lunch=True,
                dinner=True,
                transport=[
                    {
                        "mode": "bus",
                        "from_place": p["cusco"],
                        "to_place": p["lares"],
                        "duration_minutes": 200,
                    },
                ],
            ),
            build_day(
                "Over the Ipsaycocha pass",
                p["huacahuasi"],
                p["patacancha"],
                waypoints=[p["ipsay_pass"], p["ipsay_lake"]],
                hiking_hours_min=Decimal("6"),
                hiking_hours_max=Decimal("7"),
                distance_km=Decimal("12.0"),
                ascent_m=650,
                descent_m=750,
                overnight_type="homestay",
                breakfast=True,
                lunch=True,
                dinner=True,
            ),
            build_day(
                "Down the valley and the train",
                p["patacancha"],
                p["ollantaytambo"],
                hiking_hours_min=Decimal("2"),
                hiking_hours_max=Decimal("3"),
                distance_km=Decimal("6.5"),
                ascent_m=0,
                descent_m=908,
                overnight_type="hotel",
                overnight_place=p["aguas"],
                breakfast=True,
                transport=[
                    {
                        "mode": "train",
                        "from_place": p["ollantaytambo"],
                        "to_place": p["aguas"],
                        "duration_minutes": 95,
                    },
                ],
            ),
            build_day(
                "Machu Picchu and back to Cusco",
                p["aguas"],
                p["cusco"],
                overnight_type="none",
                breakfast=True,
            ),
        ]

    return build


@pytest.fixture
def lares_trek(make_itinerary, lares_days):
    """The 4-day Lares trek, published."""
    return make_itinerary(
        "Lares trek in 4 days",
        lares_days(),
        summary="Weaving villages, the Ipsaycocha pass and natural hot springs.",
    )


@pytest.fixture
def destination(destination_index, places):
    """The Lares hot springs destination, published."""
    return publish(
        DestinationPageFactory(
            parent=destination_index,
            title="Lares hot springs",
            place=places["lares"],
            summary="Thermal pools where walkers soak tired legs before the climb.",
            temperature_min_c=32,
            temperature_max_c=40,
            pool_count_min=5,
            pool_count_max=5,
        )
    )


@pytest.fixture
def community(community_index, places):
    """The Huacahuasi community profile, published."""
    return publish(
        CommunityProfilePageFactory(
            parent=community_index,
            title="Huacahuasi",
            place=places["huacahuasi"],
            summary="A Quechua hamlet of weavers and potato growers below the pass.",
        )
    )


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
