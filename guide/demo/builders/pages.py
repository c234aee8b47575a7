"""The page tree: home, the index pages, itineraries, destinations and communities.

A page that already exists (found by its slug under its parent) is left as it is, so editors'
changes survive a second run. New pages are built in two passes: first every page is created
as a draft with its own content, then links between pages are added and each new page is
published once, so a first run makes exactly one revision per page.
"""

import json
from decimal import Decimal

from django.core.management.base import CommandError
from django.utils import timezone
from wagtail.models import Page, get_page_models

from guide.communities.models import CommunityIndexPage, CommunityProfilePage
from guide.core.pages import GuideHomePage
from guide.demo.content.communities import COMMUNITIES, LANGUAGES
from guide.demo.content.destinations import DESTINATIONS
from guide.demo.content.itineraries import ITINERARIES
from guide.demo.content.site import HOME, INDEXES
from guide.destinations.models import (
    DestinationAccessRoute,
    DestinationCommunity,
    DestinationFAQ,
    DestinationIndexPage,
    DestinationOpeningMonth,
    DestinationPage,
    DestinationPlant,
    DestinationSeasonMonth,
    DestinationWildlife,
    RelatedDestination,
    WaterComponent,
)
from guide.faqs.models import FAQIndexPage
from guide.itineraries.models import (
    DayWaypoint,
    ItineraryAlternative,
    ItineraryDay,
    ItineraryFAQ,
    ItineraryIndexPage,
    ItineraryPage,
    ItinerarySeasonMonth,
    TransportLeg,
)
from guide.itineraries.models.pages import ItineraryBookingLeadTime

from .base import Demo
from .departures import sample_departures

INDEX_MODELS = {
    "itineraries": ItineraryIndexPage,
    "destinations": DestinationIndexPage,
    "communities": CommunityIndexPage,
    "faqs": FAQIndexPage,
}


class PageTree:
    """Finds or drafts pages, remembers which are new and publishes them at the end."""

    def __init__(self, demo: Demo):
        self.demo = demo
        self.new_pages = []  # (page, link function or None), in creation order

    def ensure(self, parent: Page, model, slug: str, build, link=None):
        """The live or draft page `slug` under `parent`; `build()` makes the unsaved page."""
        existing = parent.get_children().filter(slug=slug).first()
        if existing is not None:
            existing = existing.specific
            if not isinstance(existing, model):
                raise CommandError(
                    f"{existing.url_path} is a {type(existing).__name__}, "
                    f"expected a {model.__name__}; move or rename it and run again."
                )
            return existing, False
        page = build()
        page.slug = slug
        page.live = False
        parent.add_child(instance=page)
        self.new_pages.append((page, link))
        return page, True

    def new_itineraries(self) -> list[ItineraryPage]:
        return [page for page, _ in self.new_pages if isinstance(page, ItineraryPage)]

    def publish_new(self) -> int:
        for page, link in self.new_pages:
            if link is not None:
                link(page)
            page.full_clean()
            page.save_revision().publish()
        return len(self.new_pages)


def home_page_model():
    """The site's own home page type: the one concrete subclass of GuideHomePage."""
    models = [model for model in get_page_models() if issubclass(model, GuideHomePage)]
    if len(models) != 1:
        raise CommandError(
            "The demo guide needs exactly one page type based on guide.core.pages.GuideHomePage "
            f"for its home page; this site has {len(models)}."
        )
    return models[0]


def build_home(tree: PageTree) -> tuple[GuideHomePage, dict]:
    demo = tree.demo
    root = Page.get_first_root_node()
    home_model = home_page_model()

    def link_featured(home):
        featured = []
        for index_slug, slug in HOME["featured"]:
            index = home.get_children().filter(slug=index_slug).first()
            page = index.get_children().filter(slug=slug).first() if index else None
            if page is not None:
                featured.append(("page", page))
        home.featured = featured

    home, _ = tree.ensure(
        root,
        home_model,
        HOME["slug"],
        lambda: home_model(
            title=HOME["title"], intro=HOME["intro"], hero_image=demo.picture(HOME["picture"])
        ),
        link=link_featured,
    )
    indexes = {}
    for key, data in INDEXES.items():
        model = INDEX_MODELS[key]
        indexes[key], _ = tree.ensure(
            home,
            model,
            data["slug"],
            lambda model=model, data=data: model(title=data["title"], intro=data["intro"]),
        )
    return home, indexes


def _faq_links(demo: Demo, model, keys: list[str]) -> list:
    return [model(faq=demo.faqs[key], sort_order=order) for order, key in enumerate(keys)]


def _season(model, months) -> list:
    return [
        model(month=month, rating=rating, note=note, sort_order=order)
        for order, (month, rating, note) in enumerate(months)
    ]


def _decimal(value) -> Decimal | None:
    return None if value is None else Decimal(value)


def _day(demo: Demo, order: int, data: dict) -> ItineraryDay:
    places = demo.places
    overnight_type, overnight_place = data["overnight"]
    hours = data["hours"] or (None, None)
    day = ItineraryDay(
        sort_order=order,
        title=data["title"],
        from_place=places[data["from"]],
        to_place=places[data["to"]],
        hiking_hours_min=_decimal(hours[0]),
        hiking_hours_max=_decimal(hours[1]),
        distance_km=_decimal(data["km"]),
        ascent_m=data["ascent"],
        descent_m=data["descent"],
        overnight_type=overnight_type,
        overnight_place=places[overnight_place] if overnight_place else None,
        breakfast="B" in data["meals"],
        lunch="L" in data["meals"],
        dinner="D" in data["meals"],
        description=demo.text(data["description"]),
    )
    day.waypoints = [
        DayWaypoint(place=places[slug], sort_order=number)
        for number, slug in enumerate(data["waypoints"])
    ]
    day.transport_legs = [
        TransportLeg(
            mode=mode,
            from_place=places[start],
            to_place=places[end],
            duration_minutes=minutes,
            notes=notes,
            sort_order=number,
        )
        for number, (mode, start, end, minutes, notes) in enumerate(data["legs"])
    ]
    return day


def build_itineraries(tree: PageTree, index: ItineraryIndexPage) -> None:
    demo = tree.demo
    new = 0
    for data in ITINERARIES:

        def build(data=data):
            page = ItineraryPage(
                title=data["title"],
                summary=data["summary"],
                hero_image=demo.picture(data["picture"]),
                difficulty=data["difficulty"],
                permit_required=False,
                permit_notes=data["permit_notes"],
                acclimatisation_days=data["acclimatisation_days"],
                includes=demo.text_list(data["includes"]),
                excludes=demo.text_list(data["excludes"]),
                body=demo.body(data["body"]),
            )
            page.days = [_day(demo, order, day) for order, day in enumerate(data["days"])]
            page.season_months = _season(ItinerarySeasonMonth, data["season"])
            page.booking_lead_times = [
                ItineraryBookingLeadTime(
                    item=item, ahead_min=low, ahead_max=high, unit=unit, note=note, sort_order=n
                )
                for n, (item, low, high, unit, note) in enumerate(data["book_ahead"])
            ]
            page.faq_links = _faq_links(demo, ItineraryFAQ, data["faqs"])
            page.departures = sample_departures(data["slug"], timezone.localdate())
            return page

        def link(page, data=data):
            page.alternatives = [
                ItineraryAlternative(alternative=other, note=note, sort_order=order)
                for order, (slug, note) in enumerate(data["alternatives"])
                if (other := ItineraryPage.objects.child_of(index).filter(slug=slug).first())
            ]

        _, created = tree.ensure(index, ItineraryPage, data["slug"], build, link)
        new += created
    pages = ItineraryPage.objects.child_of(index)
    days = ItineraryDay.objects.filter(itinerary__in=pages).count()
    demo.report("itineraries", pages.count(), new, f", {days} days")


# A destination's opening when its content states none: (all year, months, hours, best time, why).
NOT_STATED = (False, [], "", "", "")


def build_destinations(tree: PageTree, index: DestinationIndexPage) -> None:
    demo = tree.demo
    new = 0
    for data in DESTINATIONS:

        def build(data=data):
            low, high, note = data["temperature"] or (None, None, "")
            all_year, months, hours, best_time, why = data.get("opening") or NOT_STATED
            page = DestinationPage(
                title=data["title"],
                summary=data["summary"],
                hero_image=demo.picture(data["picture"]),
                place=demo.places[data["place"]],
                temperature_min_c=low,
                temperature_max_c=high,
                temperature_note=note,
                facilities=demo.text_list(data["facilities"]),
                open_all_year=all_year,
                opening_hours=hours,
                best_time_of_day=best_time,
                best_time_note=why,
                experiences=_experiences(data.get("experiences", [])),
                body=demo.body(data["body"]),
            )
            page.opening_months = [DestinationOpeningMonth(month=month) for month in months]
            page.water_components = [
                WaterComponent(
                    name=name,
                    amount=_decimal(amount),
                    unit=unit,
                    note=component_note,
                    sort_order=order,
                )
                for order, (name, amount, unit, component_note) in enumerate(data.get("water", []))
            ]
            page.wildlife = [
                DestinationWildlife(species=species, where=where, likelihood=likely, sort_order=n)
                for n, (species, where, likely) in enumerate(data.get("wildlife", []))
            ]
            page.plants = [
                DestinationPlant(name=name, local_name=local, use=use, sort_order=n)
                for n, (name, local, use) in enumerate(data.get("plants", []))
            ]
            page.access_routes = [
                DestinationAccessRoute(
                    mode=mode,
                    from_place=demo.places[start],
                    duration_min_minutes=shortest,
                    duration_max_minutes=longest,
                    notes=notes,
                    sort_order=order,
                )
                for order, (mode, start, shortest, longest, notes) in enumerate(data["access"])
            ]
            page.season_months = _season(DestinationSeasonMonth, data["season"])
            page.faq_links = _faq_links(demo, DestinationFAQ, data["faqs"])
            return page

        def link(page, data=data):
            communities = CommunityProfilePage.objects.descendant_of(index.get_parent())
            page.related_destinations = [
                RelatedDestination(destination=other, note=note, sort_order=order)
                for order, (slug, note) in enumerate(data["related"])
                if (other := DestinationPage.objects.child_of(index).filter(slug=slug).first())
            ]
            page.nearby_communities = [
                DestinationCommunity(community=community, sort_order=order)
                for order, slug in enumerate(data.get("communities", []))
                if (community := communities.filter(slug=slug).first())
            ]

        _, created = tree.ensure(index, DestinationPage, data["slug"], build, link)
        new += created
    demo.report("destinations", DestinationPage.objects.child_of(index).count(), new)


def build_communities(tree: PageTree, index: CommunityIndexPage) -> None:
    demo = tree.demo
    new = 0
    for data in COMMUNITIES:

        def build(data=data):
            return CommunityProfilePage(
                title=data["title"],
                summary=data["summary"],
                hero_image=demo.picture(data["picture"]),
                place=demo.places[data["place"]],
                languages=demo.text_list(LANGUAGES),
                known_for=demo.text_list(data["known_for"]),
                traditions=demo.text(data["traditions"]),
                experiences=_experiences(data["experiences"]),
                etiquette=demo.text_list(data["etiquette"]),
                body=demo.body(data["body"]),
            )

        _, created = tree.ensure(index, CommunityProfilePage, data["slug"], build)
        new += created
    demo.report("communities", CommunityProfilePage.objects.child_of(index).count(), new)


def _experiences(items: list[tuple]) -> str:
    return json.dumps(
        [
            {
                "type": "experience",
                "value": {
                    "kind": kind,
                    "title": title,
                    "duration_minutes": minutes,
                    "bookable": bookable,
                    "description": text,
                },
            }
            for kind, title, minutes, bookable, text in items
        ]
    )
