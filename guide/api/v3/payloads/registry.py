"""How to load and shape each guide page type, for the detail routes and the by-path route."""

from collections.abc import Callable
from dataclasses import dataclass

from guide.communities.models import CommunityProfilePage
from guide.core.visibility import Visibility
from guide.destinations.models import DestinationPage
from guide.itineraries.models import ItineraryPage

from . import itineraries, pages, place_pages


@dataclass(frozen=True)
class PagePayload:
    queryset: Callable  # (visibility, model) -> queryset of ``model``, with the prefetches
    build: Callable  # (page, visibility) -> dict


def _with_api_relations(visibility, model):
    return model.with_api_relations(visibility.pages(model))


def _plain(visibility, model):
    return visibility.pages(model)


PAGE_PAYLOADS: dict[type, PagePayload] = {
    ItineraryPage: PagePayload(_with_api_relations, itineraries.itinerary_detail),
    DestinationPage: PagePayload(_with_api_relations, place_pages.destination_detail),
    CommunityProfilePage: PagePayload(_with_api_relations, place_pages.community_detail),
    **{model: PagePayload(_plain, build) for model, build in pages.DETAIL_BUILDERS.items()},
}


def payload_for(model) -> PagePayload | None:
    """The payload of ``model`` or of the nearest base that has one (a site's own home page
    subclasses GuideHomePage)."""
    return next((PAGE_PAYLOADS[base] for base in model.__mro__ if base in PAGE_PAYLOADS), None)


def page_payload(model, pk: int, visibility: Visibility) -> dict | None:
    """The payload of the visible page ``pk`` of type ``model``, or None."""
    payload = payload_for(model)
    if payload is None:
        return None
    page = payload.queryset(visibility, model).filter(pk=pk).first()
    return None if page is None else payload.build(page, visibility)
