"""Itinerary payloads: the listing card and the whole page."""

from django.db.models import Prefetch

from guide.communities.models import CommunityProfilePage
from guide.core.api_fields import text_list
from guide.core.choices import SeasonRating
from guide.core.representations import (
    distance_representation,
    elevation_representation,
    image_prefetch,
    image_representation,
    place_representation,
)
from guide.core.visibility import Visibility
from guide.itineraries.models import ItineraryDay, ItineraryPage, ItinerarySeasonMonth
from guide.itineraries.representations import (
    days_representation,
    nights_representation,
    season_month_representation,
)

from ..filters import DAYS, MAX_ALTITUDE, with_derived_values
from .common import body_payload, faqs_payload, page_base

BEST_MONTHS = "v3_best_months"


def card_queryset(visibility: Visibility):
    """Itineraries with what a card needs: five queries whatever the number of cards."""
    best = ItinerarySeasonMonth.objects.filter(rating=SeasonRating.BEST).order_by("month")
    return with_derived_values(visibility.pages(ItineraryPage)).prefetch_related(
        image_prefetch("hero_image"),
        Prefetch("days", queryset=ItineraryDay.objects.select_related("from_place", "to_place")),
        Prefetch("season_months", queryset=best, to_attr=BEST_MONTHS),
    )


def itinerary_card(page, visibility: Visibility) -> dict:
    return {
        "id": page.pk,
        "title": page.title,
        "path": visibility.path_of(page),
        "summary": page.summary,
        "hero_image": image_representation(page.hero_image),
        "difficulty": page.difficulty,
        "duration_days": getattr(page, DAYS),
        "total_distance": distance_representation(page.total_distance_km),
        "max_altitude": elevation_representation(getattr(page, MAX_ALTITUDE)),
        "start_place": place_representation(page.start_place),
        "end_place": place_representation(page.end_place),
        "best_months": [month.month for month in getattr(page, BEST_MONTHS)],
        "first_published_at": page.first_published_at,
    }


def communities_visited(page, visibility: Visibility) -> list[dict]:
    """Visible community profiles whose place the route passes or sleeps at, in route order."""
    communities = CommunityProfilePage.visited_by(page, visibility.pages(CommunityProfilePage))
    return [visibility.link(community) for community in communities]


def alternatives_payload(page, visibility: Visibility) -> list[dict]:
    return [
        {**visibility.link(link.alternative), "note": link.note}
        for link in page.public_alternatives(visibility)
    ]


def itinerary_detail(page, visibility: Visibility) -> dict:
    season = list(page.season_months.all())
    return {
        **page_base(page, visibility, "itinerary"),
        "summary": page.summary,
        "hero_image": image_representation(page.hero_image),
        "difficulty": page.difficulty,
        "permit_required": page.permit_required,
        "permit_notes": page.permit_notes,
        "duration_days": page.duration_days,
        "total_distance": distance_representation(page.total_distance_km),
        "max_altitude": elevation_representation(page.max_altitude_m),
        "highest_place": place_representation(page.highest_place()),
        "total_ascent": elevation_representation(page.total_ascent_m),
        "total_descent": elevation_representation(page.total_descent_m),
        "start_place": place_representation(page.start_place),
        "end_place": place_representation(page.end_place),
        "nights": nights_representation(page),
        "days": days_representation(page),
        "communities": communities_visited(page, visibility),
        "includes": text_list(page.includes),
        "excludes": text_list(page.excludes),
        "season": [season_month_representation(month) for month in season],
        "best_months": [month.month for month in season if month.rating == SeasonRating.BEST],
        "alternatives": alternatives_payload(page, visibility),
        "faqs": faqs_payload(page),
        "body": body_payload(page.body),
    }
