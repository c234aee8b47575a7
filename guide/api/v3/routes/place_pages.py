"""GET /guide/destinations/, /guide/communities/ and their detail routes."""

from typing import Literal

from django.http import HttpRequest
from ninja import Query, Router
from pydantic import Field

from guide.api.store.read import detail_response, listing_response, stored_page, window_cards
from guide.communities.models import CommunityProfilePage
from guide.core.visibility import Visibility
from guide.destinations.models import DestinationPage

from ..errors import NotFound
from ..params import CardListParams, FieldsParams, reject_unknown_params
from ..schemas.common import PlaceKindLiteral
from ..schemas.destinations import (
    GuideCommunity,
    GuideCommunityList,
    GuideDestination,
    GuideDestinationList,
    GuidePlacePageCard,
)
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


class PlacePageParams(CardListParams):
    place_kind: PlaceKindLiteral | None = Field(default=None, description="The place's kind.")
    ordering: PlacePageOrdering | None = Field(
        default=None, description="Sort key; '-' for descending. Default: the editors' order."
    )


def _listing(request, model, params: PlacePageParams):
    reject_unknown_params(request, PlacePageParams)
    visibility = Visibility.for_request(request)
    queryset = visibility.in_language(visibility.pages(model), params.language)
    if params.place_kind:
        queryset = queryset.filter(place__kind=params.place_kind)
    queryset = queryset.order_by(*ORDERING.get(params.ordering or "", ("path",)))
    items, count = window_cards(request, queryset, params)
    return listing_response(count, items, params.fields, GuidePlacePageCard)


def _detail(request, type_name: str, page_id: int, noun: str, params: FieldsParams):
    reject_unknown_params(request, FieldsParams)
    row = stored_page(request, page_id=page_id, language=params.version)
    if row is None or row.type_name != type_name:
        raise NotFound(f"No published {noun} has the id {page_id}.", param="id")
    return detail_response(row, params.fields)


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
def get_destination(request: HttpRequest, id: PageId, params: Query[FieldsParams]):
    return _detail(request, "destination", id, "destination", params)


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
def get_community(request: HttpRequest, id: PageId, params: Query[FieldsParams]):
    return _detail(request, "community", id, "community profile", params)
