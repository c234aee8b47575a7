"""Builds the demo Lares trek guide; every step finds what exists before creating anything."""

from collections.abc import Callable

from django.db import transaction

from guide.demo.content.pictures import PICTURES

from .base import Demo
from .departures import build_departures
from .pages import PageTree, build_communities, build_destinations, build_home, build_itineraries
from .site import build_admin, build_operator, point_site_at, remove_welcome_page
from .snippets import build_faqs, build_places
from .translations import build_translations


def build_demo_guide(write: Callable[[str], None]) -> None:
    demo = Demo(write)
    with transaction.atomic():
        build_places(demo)
        build_faqs(demo)
        for key in PICTURES:
            demo.picture(key)
        demo.report("images", len(demo.pictures), demo.new_pictures)

        remove_welcome_page(demo)
        tree = PageTree(demo)
        home, indexes = build_home(tree)
        build_itineraries(tree, indexes["itineraries"])
        build_destinations(tree, indexes["destinations"])
        build_communities(tree, indexes["communities"])
        built_now = sum(len(page.departures.all()) for page in tree.new_itineraries())
        write(f"pages published: {tree.publish_new()} new")
        build_departures(demo, indexes["itineraries"], built_now)

        site = point_site_at(demo, home)
        build_operator(demo, site)
        build_translations(demo, home, indexes)
        build_admin(demo)
