"""GET /guide/destinations/, /guide/communities/ and their detail routes."""

from typing import Literal

from django.http import HttpRequest
from ninja import Query, Router
from pydantic import Field

from guide.communities.models import CommunityProfilePage
from guide.destinations.models import DestinationPage

from ..errors import NotFound
from ..params import PaginationParams, reject_unknown_params
from ..payloads.place_pages import card_queryset, place_page_card
from ..payloads.registry import page_payload
from ..schemas.common import PlaceKindLiteral
from ..schemas.destinations import (
    GuideCommunity,
    GuideCommunityList,
    GuideDestination,
    GuideDestinationList,
)
from ..visibility import Visibility
from .common import ERRORS, PageId

destinations_router = Router(tags=["guide"])
communities_router = Router(tags=["guide"])

PlacePageOrdering = Literal["title", "-title", "elevation", "-elevation"]
ORDERING = {
    "title": ("title", "path"),
    "-title": ("-title", "path"),
    "elevation": ("place__elevation_m", "path"),
    "-elevation": ("-place__elevation_m", "path"),
}


class PlacePageParams(PaginationParams):
    place_kind: PlaceKindLiteral | None = Field(default=None, description="The place's kind.")
    ordering: PlacePageOrdering | None = Field(
        default=None, description="Sort key; '-' for descending. Default: the editors' order."
    )


def _listing(request, model, params: PlacePageParams) -> dict:
    reject_unknown_params(request, PlacePageParams)
    visibility = Visibility.for_request(request)
    queryset = card_queryset(model, visibility)
    if params.place_kind:
        queryset = queryset.filter(place__kind=params.place_kind)
    queryset = queryset.order_by(*ORDERING.get(params.ordering or "", ("path",)))
    items = [place_page_card(page, visibility) for page in params.window(queryset)]
    return {"count": queryset.count(), "items": items}


def _detail(request, model, page_id: int, noun: str) -> dict:
    reject_unknown_params(request)
    payload = page_payload(model, page_id, Visibility.for_request(request))
    if payload is None:
        raise NotFound(f"No published {noun} has the id {page_id}.", param="id")
    return payload


@destinations_router.get(
    "/",
    response={200: GuideDestinationList, **ERRORS},
    url_name="guide_destinations_list",
    operation_id="guide_destinations_list",
    summary="List destinations",
)
def list_destinations(request: HttpRequest, params: Query[PlacePageParams]):
    return _listing(request, DestinationPage, params)


@destinations_router.get(
    "/{id}/",
    response={200: GuideDestination, **ERRORS},
    url_name="guide_destinations_detail",
    operation_id="guide_destinations_detail",
    summary="Destination",
)
def get_destination(request: HttpRequest, id: PageId):
    return _detail(request, DestinationPage, id, "destination")


@communities_router.get(
    "/",
    response={200: GuideCommunityList, **ERRORS},
    url_name="guide_communities_list",
    operation_id="guide_communities_list",
    summary="List community profiles",
)
def list_communities(request: HttpRequest, params: Query[PlacePageParams]):
    return _listing(request, CommunityProfilePage, params)


@communities_router.get(
    "/{id}/",
    response={200: GuideCommunity, **ERRORS},
    url_name="guide_communities_detail",
    operation_id="guide_communities_detail",
    summary="Community profile",
)
def get_community(request: HttpRequest, id: PageId):
    return _detail(request, CommunityProfilePage, id, "community profile")
