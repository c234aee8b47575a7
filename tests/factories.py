"""Factories for the guide's content model (factory_boy and wagtail-factories).

Pages need a parent: pass ``parent=`` (the ``home`` fixture and its index pages are the usual ones).
Itineraries are built with :func:`create_itinerary`, which saves the days, their waypoints and
transport legs through a revision, the way the admin does.
"""

from decimal import Decimal

import factory
import wagtail_factories
from django.utils.text import slugify
from factory.django import DjangoModelFactory
from guide_site.home.models import HomePage

from guide.communities.models import CommunityIndexPage, CommunityProfilePage
from guide.destinations.models import DestinationIndexPage, DestinationPage
from guide.faqs.models import FAQ, FAQIndexPage, FAQTopic
from guide.itineraries.models import (
    DayWaypoint,
    Difficulty,
    ItineraryDay,
    ItineraryIndexPage,
    ItineraryPage,
    TransportLeg,
)
from guide.places.models import Place, PlaceKind


class PlaceFactory(DjangoModelFactory):
    class Meta:
        model = Place
        django_get_or_create = ("name",)

    name = factory.Sequence(lambda n: f"Place {n}")
    kind = PlaceKind.VILLAGE
    elevation_m = 3500
    latitude = Decimal("-13.200000")
    longitude = Decimal("-72.000000")


class FAQTopicFactory(DjangoModelFactory):
    class Meta:
        model = FAQTopic
        django_get_or_create = ("name",)

    name = factory.Sequence(lambda n: f"Topic {n}")
    sort_order = 0


class FAQFactory(DjangoModelFactory):
    class Meta:
        model = FAQ

    question = factory.Sequence(lambda n: f"Question {n}?")
    answer = "<p>An answer in our own words.</p>"
    topic = factory.SubFactory(FAQTopicFactory)
    sort_order = 0


class HomePageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = HomePage

    title = "Lares Trek Guide"
    intro = "Routes, villages and hot springs of the Lares valley."


class ItineraryIndexPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = ItineraryIndexPage

    title = "Itineraries"


class DestinationIndexPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = DestinationIndexPage

    title = "Destinations"


class CommunityIndexPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = CommunityIndexPage

    title = "Communities"


class FAQIndexPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = FAQIndexPage

    title = "Questions"


class ItineraryPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = ItineraryPage

    title = factory.Sequence(lambda n: f"Itinerary {n}")
    summary = "A walk over high passes between weaving villages."
    difficulty = Difficulty.MODERATE


class DestinationPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = DestinationPage

    title = factory.Sequence(lambda n: f"Destination {n}")
    summary = "A place worth the journey."
    place = factory.SubFactory(PlaceFactory)


class CommunityProfilePageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = CommunityProfilePage

    title = factory.Sequence(lambda n: f"Community {n}")
    summary = "A village of weavers and potato farmers."
    place = factory.SubFactory(PlaceFactory)


def publish(page):
    """Saves a revision of ``page`` and publishes it, as the admin's Publish button does."""
    page.save_revision().publish()
    return type(page).objects.get(pk=page.pk)


def build_day(title, from_place, to_place, *, waypoints=(), transport=(), **fields):
    """An unsaved day with its waypoints (places) and transport legs (dicts of leg fields)."""
    day = ItineraryDay(title=title, from_place=from_place, to_place=to_place, **fields)
    day.waypoints = [
        DayWaypoint(place=place, sort_order=number) for number, place in enumerate(waypoints)
    ]
    day.transport_legs = [
        TransportLeg(sort_order=number, **leg) for number, leg in enumerate(transport)
    ]
    return day


def create_itinerary(parent, title, days, *, publish=True, **fields):
    """Adds an ItineraryPage with ``days`` under ``parent``, saves a revision and publishes it.

    With ``publish=False`` the page stays a draft that was never live.
    """
    fields.setdefault("summary", "A walk over high passes between weaving villages.")
    fields.setdefault("difficulty", Difficulty.MODERATE)
    page = ItineraryPage(title=title, slug=slugify(title), live=publish, **fields)
    for number, day in enumerate(days):
        day.sort_order = number
    page.days = days
    parent.add_child(instance=page)
    revision = page.save_revision()
    if publish:
        revision.publish()
    return ItineraryPage.objects.get(pk=page.pk)
