"""How to load and shape each guide page type, for the detail routes and the by-path route."""

from collections.abc import Callable
from dataclasses import dataclass

from guide.communities.models import CommunityProfilePage
from guide.destinations.models import DestinationPage
from guide.itineraries.models import ItineraryPage

from ..visibility import Visibility
from . import itineraries, pages, place_pages


@dataclass(frozen=True)
class PagePayload:
    queryset: Callable  # (visibility) -> queryset of the type, with the payload's prefetches
    build: Callable  # (page, visibility) -> dict


def _with_api_relations(model):
    return lambda visibility: model.with_api_relations(visibility.pages(model))


def _plain(model):
    return lambda visibility: visibility.pages(model)


PAGE_PAYLOADS: dict[type, PagePayload] = {
    ItineraryPage: PagePayload(itineraries.detail_queryset, itineraries.itinerary_detail),
    DestinationPage: PagePayload(
        _with_api_relations(DestinationPage), place_pages.destination_detail
    ),
    CommunityProfilePage: PagePayload(
        _with_api_relations(CommunityProfilePage), place_pages.community_detail
    ),
    **{model: PagePayload(_plain(model), build) for model, build in pages.DETAIL_BUILDERS.items()},
}


def page_payload(model, pk: int, visibility: Visibility) -> dict | None:
    """The payload of the visible page ``pk`` of type ``model``, or None."""
    payload = PAGE_PAYLOADS[model]
    page = payload.queryset(visibility).filter(pk=pk).first()
    return None if page is None else payload.build(page, visibility)
