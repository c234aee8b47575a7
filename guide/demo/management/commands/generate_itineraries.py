"""python manage.py generate_itineraries [N]: tops the demo guide up to N generated itineraries.

For benchmarks: each generated itinerary is a live page under the demo's itinerary index with
3 to 12 days over the demo's places. Pages go through treebeard (add_child), are live and have
a published revision; their days, waypoints, legs, season months and FAQ links are bulk-created.
Generated pages are numbered by slug, so running again only adds the missing ones.
"""

import random
import time
from decimal import Decimal

from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from django.utils import timezone
from wagtail.log_actions import log
from wagtail.models import Page, ReferenceIndex
from wagtail.signal_handlers import disable_reference_index_auto_update

from guide.core.choices import SeasonRating, TransportMode
from guide.demo.content.site import INDEXES
from guide.faqs.models import FAQ
from guide.itineraries.models import (
    DayWaypoint,
    Difficulty,
    ItineraryDay,
    ItineraryFAQ,
    ItineraryIndexPage,
    ItineraryPage,
    ItinerarySeasonMonth,
    OvernightType,
    TransportLeg,
)
from guide.places.models import Place

SLUG_PREFIX = "generated-"
BATCH = 100  # pages per transaction and progress line


def slug_for(number: int) -> str:
    return f"{SLUG_PREFIX}{number:05d}"


class Command(BaseCommand):
    help = "Adds generated itineraries under the demo guide's itinerary index, up to N in all."

    def add_arguments(self, parser):
        parser.add_argument("count", nargs="?", type=int, default=1000, help="default: 1000")

    def handle(self, *args, count, **options):
        index = ItineraryIndexPage.objects.filter(slug=INDEXES["itineraries"]["slug"]).first()
        self.places = list(Place.objects.order_by("pk"))
        self.faqs = list(FAQ.objects.order_by("pk"))
        if index is None or len(self.places) < 2:
            raise CommandError("Run `manage.py load_demo_guide` first.")
        existing = set(
            ItineraryPage.objects.child_of(index)
            .filter(slug__startswith=SLUG_PREFIX)
            .values_list("slug", flat=True)
        )
        missing = [n for n in range(1, count + 1) if slug_for(n) not in existing]
        self.stdout.write(f"generated itineraries: {len(existing)} exist, {len(missing)} to add")
        started = time.monotonic()
        for start in range(0, len(missing), BATCH):
            with transaction.atomic(), disable_reference_index_auto_update():
                self.add_batch(index, missing[start : start + BATCH])
            done = min(start + BATCH, len(missing))
            elapsed = time.monotonic() - started
            self.stdout.write(f"  {done}/{len(missing)} added ({elapsed:.1f} s)")
        self.stdout.write(self.style.SUCCESS(f"{count} generated itineraries ready."))

    def add_batch(self, index: ItineraryIndexPage, numbers: list[int]) -> None:
        # Pages are saved one by one through treebeard, without their children; the children
        # are then bulk-created for the whole batch and stay in memory on their pages, so the
        # revision and the reference index read them without querying.
        pages = [self.add_page(index, number) for number in numbers]
        days = [day for page in pages for day in page.days.all()]
        months = [month for page in pages for month in page.season_months.all()]
        # bulk_create skips the pre_save that gives a translatable row its page's locale.
        for row in [*days, *months]:
            row.locale_id = pages[0].locale_id
        ItineraryDay.objects.bulk_create(days)
        DayWaypoint.objects.bulk_create(w for day in days for w in day.waypoints.all())
        TransportLeg.objects.bulk_create(leg for day in days for leg in day.transport_legs.all())
        ItinerarySeasonMonth.objects.bulk_create(months)
        ItineraryFAQ.objects.bulk_create(link for p in pages for link in p.faq_links.all())
        for page in pages:
            # Published by hand: revision.publish() would load the revision back and save every
            # day and waypoint again, which is most of the time per page.
            revision = page.save_revision(clean=False, changed=False)
            Page.objects.filter(pk=page.pk).update(live_revision=revision)
            log(instance=page, action="wagtail.publish", revision=revision)
            ReferenceIndex.create_or_update_for_object(page)

    def add_page(self, index: ItineraryIndexPage, number: int) -> ItineraryPage:
        now = timezone.now()
        rng = random.Random(number)  # the same content for the same number on every run
        length = rng.randint(3, 12)
        route = [rng.choice(self.places)]
        while len(route) <= length:
            route.append(rng.choice([p for p in self.places if p.pk != route[-1].pk]))
        page = ItineraryPage(
            title=f"{route[0].name} to {route[-1].name} in {length} days (#{number})",
            slug=slug_for(number),
            summary=f"A generated {length}-day route from {route[0].name} to {route[-1].name}.",
            difficulty=rng.choice(Difficulty.values),
            permit_notes="Book Machu Picchu entry in advance." if rng.random() < 0.5 else "",
            live=True,
            has_unpublished_changes=False,
            first_published_at=now,
            last_published_at=now,
        )
        index.add_child(instance=page)
        page.days = [
            self.day(rng, order, start, end, order == length - 1)
            for order, (start, end) in enumerate(zip(route, route[1:], strict=False))
        ]
        page.season_months = [
            ItinerarySeasonMonth(
                month=month, rating=rng.choice(SeasonRating.values), sort_order=month
            )
            for month in range(1, 13)
        ]
        page.faq_links = [
            ItineraryFAQ(faq=faq, sort_order=order)
            for order, faq in enumerate(rng.sample(self.faqs, min(3, len(self.faqs))))
        ]
        return page

    def day(self, rng, order, start, end, last) -> ItineraryDay:
        hours = Decimal(rng.randint(4, 16)) / 2
        day = ItineraryDay(
            sort_order=order,
            title=f"Day {order + 1}: {start.name} to {end.name}",
            from_place=start,
            to_place=end,
            hiking_hours_min=hours,
            hiking_hours_max=hours + 1,
            distance_km=Decimal(rng.randint(40, 220)) / 10,
            ascent_m=rng.randint(0, 1200),
            descent_m=rng.randint(0, 1200),
            overnight_type=OvernightType.NONE if last else rng.choice(OvernightType.values[:3]),
            breakfast=order > 0,
            lunch=True,
            dinner=not last,
            description=f"<p>Walk from {start.name} to {end.name}.</p>",
        )
        passed = [p for p in self.places if p.pk not in (start.pk, end.pk)]
        day.waypoints = [
            DayWaypoint(place=place, sort_order=order)
            for order, place in enumerate(rng.sample(passed, rng.randint(0, 3)))
        ]
        day.transport_legs = (
            [
                TransportLeg(
                    mode=rng.choice(TransportMode.values),
                    from_place=start,
                    to_place=end,
                    duration_minutes=rng.randint(20, 240),
                    sort_order=0,
                )
            ]
            if rng.random() < 0.3
            else []
        )
        return day
