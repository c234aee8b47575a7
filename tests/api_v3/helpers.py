"""Builders for the v3 API tests: real image files with their renditions, days, bodies."""

import json
from decimal import Decimal
from io import BytesIO

import PIL.Image
from django.core.files.images import ImageFile
from django.utils import timezone
from django.utils.text import slugify
from wagtail.images import get_image_model
from wagtail.models import PageViewRestriction

from guide.core.representations import rendition_specs
from guide.itineraries.models import ItineraryPage
from tests.factories import build_day

API = "/api/v3/guide"


def make_image(title: str, width: int = 64, height: int = 40, colour=(40, 90, 160)):
    """A saved image with a real JPEG file and its srcset renditions already generated."""
    buffer = BytesIO()
    PIL.Image.new("RGB", (width, height), colour).save(buffer, "JPEG")
    image = get_image_model().objects.create(
        title=title,
        description=f"Alt text of {title}",
        file=ImageFile(buffer, name=f"{title.lower().replace(' ', '-')}.jpg"),
        width=width,
        height=height,
    )
    image.get_renditions(*rendition_specs())
    return image


def publish(page):
    page.save_revision().publish()
    return type(page).objects.get(pk=page.pk)


def quick_itinerary(parent, title: str, days: list, **fields):
    """A live itinerary saved without a revision: quicker when a test needs a hundred."""
    page = ItineraryPage(
        title=title,
        slug=slugify(title),
        live=True,
        first_published_at=timezone.now(),
        summary=fields.pop("summary", "A quick walk."),
        difficulty=fields.pop("difficulty", "moderate"),
        **fields,
    )
    for number, day in enumerate(days):
        day.sort_order = number
    page.days = days
    parent.add_child(instance=page)
    return page


def restrict_with_password(page, password="secret"):
    return PageViewRestriction.objects.create(
        page=page, restriction_type=PageViewRestriction.PASSWORD, password=password
    )


def many_days(places: list, count: int) -> list:
    """``count`` unsaved days walking back and forth along ``places``, each with a waypoint,
    a transport leg and a description, so that every relation a day has is exercised."""
    days = []
    for number in range(count):
        start, end = places[number % len(places)], places[(number + 1) % len(places)]
        via = places[(number + 2) % len(places)]
        days.append(
            build_day(
                f"Day {number + 1}",
                start,
                end,
                waypoints=[via],
                transport=[
                    {"mode": "bus", "from_place": start, "to_place": via, "duration_minutes": 30}
                ],
                hiking_hours_min=Decimal("3"),
                hiking_hours_max=Decimal("4"),
                distance_km=Decimal("10.5"),
                ascent_m=300,
                descent_m=200,
                overnight_type="camp",
                breakfast=True,
                description=f"<p>Walking day {number + 1}.</p>",
            )
        )
    return days


def body_json(image=None, place=None) -> str:
    """A body with one block of each type, as the raw JSON a StreamField stores."""
    blocks = [
        {"type": "heading", "value": "Why go", "id": "b-heading"},
        {"type": "paragraph", "value": "<p>Because it is <b>lovely</b>.</p>", "id": "b-para"},
        {
            "type": "callout",
            "value": {"tone": "warning", "title": "Altitude", "text": "<p>Go slowly.</p>"},
            "id": "b-callout",
        },
        {
            "type": "comparison",
            "value": {
                "title": "Two routes",
                "columns": ["Short", "Long"],
                "rows": [{"label": "Days", "values": ["2", "4"]}],
            },
            "id": "b-comparison",
        },
    ]
    if image is not None:
        blocks.append(
            {
                "type": "image",
                "value": {
                    "image": {"image": image.pk, "alt_text": "", "decorative": False},
                    "caption": "A view",
                },
                "id": "b-image",
            }
        )
    if place is not None:
        blocks.append(
            {"type": "place", "value": {"place": place.pk, "note": "The top"}, "id": "b-place"}
        )
    return json.dumps(blocks)


def get_json(client, url, status=200):
    response = client.get(url)
    assert response.status_code == status, (url, response.status_code, response.content[:500])
    assert response["Content-Type"].startswith("application/json"), response["Content-Type"]
    return response.json()
