"""Destination and community payloads: the listing card and the whole page."""

from guide.communities.representations import experiences_representation
from guide.core.api_fields import text_list
from guide.core.representations import (
    image_prefetch,
    image_representation,
    place_representation,
    rich_text_representation,
)
from guide.core.visibility import Visibility
from guide.destinations.representations import (
    access_route_representation,
    temperature_range_representation,
)
from guide.itineraries.models import ItineraryPage
from guide.itineraries.representations import season_month_representation

from .common import body_payload, faqs_payload, page_base


def card_queryset(model, visibility: Visibility):
    return (
        visibility.pages(model)
        .select_related("place")
        .prefetch_related(image_prefetch("hero_image"))
    )


def place_page_card(page, visibility: Visibility) -> dict:
    return {
        "id": page.pk,
        "title": page.title,
        "path": visibility.path_of(page),
        "summary": page.summary,
        "hero_image": image_representation(page.hero_image),
        "place": place_representation(page.place),
    }


def destination_detail(page, visibility: Visibility) -> dict:
    return {
        **page_base(page, visibility, "destination"),
        "summary": page.summary,
        "hero_image": image_representation(page.hero_image),
        "place": place_representation(page.place),
        "temperature": temperature_range_representation(page),
        "pool_count": page.pool_count,
        "facilities": text_list(page.facilities),
        "access_routes": [access_route_representation(r) for r in page.access_routes.all()],
        "season": [season_month_representation(month) for month in page.season_months.all()],
        "related_destinations": [
            visibility.link(destination)
            for destination in page.public_related_destinations(visibility)
        ],
        "faqs": faqs_payload(page),
        "body": body_payload(page.body),
    }


def itineraries_passing(page, visibility: Visibility) -> list[dict]:
    """Visible itineraries whose days start, end, pass or sleep at the community's place."""
    itineraries = page.itineraries_passing(visibility.pages(ItineraryPage))
    return [visibility.link(itinerary) for itinerary in itineraries]


def community_detail(page, visibility: Visibility) -> dict:
    return {
        **page_base(page, visibility, "community"),
        "summary": page.summary,
        "hero_image": image_representation(page.hero_image),
        "place": place_representation(page.place),
        "languages": text_list(page.languages),
        "known_for": text_list(page.known_for),
        "traditions": rich_text_representation(page.traditions),
        "experiences": experiences_representation(page.experiences),
        "etiquette": text_list(page.etiquette),
        "itineraries": itineraries_passing(page, visibility),
        "body": body_payload(page.body),
    }
