"""GET /guide/places/ and /guide/places/{id_or_slug}/."""

from django.db.models import Q
from django.http import HttpRequest
from ninja import Path, Query, Router
from pydantic import Field

from guide.core.representations import place_representation
from guide.core.visibility import public_snippets
from guide.places.models import Place
from guide.places.representations import place_detail_representation

from ..errors import NotFound
from ..filters import place_by_id_or_slug
from ..params import LocaleParams, PaginationParams, reject_unknown_params
from ..schemas.common import GuidePlaceDetail, GuidePlaceList, PlaceKindLiteral
from .common import ERRORS

router = Router(tags=["guide"])


class PlaceParams(PaginationParams, LocaleParams):
    """A place is one record in every language: `locale` is accepted and changes nothing."""

    kind: PlaceKindLiteral | None = None
    q: str | None = Field(
        default=None,
        min_length=1,
        max_length=120,
        description="Part of the name, slug or one of the other spellings (aliases).",
    )


@router.get(
    "/",
    response={200: GuidePlaceList, **ERRORS},
    url_name="guide_places_list",
    operation_id="guide_places_list",
    summary="List places",
)
def list_places(request: HttpRequest, params: Query[PlaceParams]):
    """Places by name; every elevation and coordinate the guide shows comes from one of them."""
    reject_unknown_params(request, PlaceParams)
    queryset = public_snippets(Place.objects.order_by("name", "pk"))
    if params.kind:
        queryset = queryset.filter(kind=params.kind)
    if params.q:
        text = params.q.strip()
        queryset = queryset.filter(
            Q(name__icontains=text) | Q(slug__icontains=text) | Q(aliases__icontains=text)
        )
    items = [place_representation(place) for place in params.window(queryset)]
    return {"count": queryset.count(), "items": items}


@router.get(
    "/{id_or_slug}/",
    response={200: GuidePlaceDetail, **ERRORS},
    url_name="guide_places_detail",
    operation_id="guide_places_detail",
    summary="Place",
)
def get_place(
    request: HttpRequest,
    id_or_slug: str = Path(  # noqa: B008 (ninja's way of documenting a path parameter)
        max_length=120, description="The place's id or slug, e.g. 'ipsaycocha-pass'."
    ),
    params: Query[LocaleParams] = None,
):
    reject_unknown_params(request, LocaleParams)
    place = place_by_id_or_slug(id_or_slug)
    if place is None:
        raise NotFound(f"No place has the id or slug '{id_or_slug}'.", param="id_or_slug")
    return place_detail_representation(place)
