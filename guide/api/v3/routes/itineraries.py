"""GET /guide/itineraries/ and /guide/itineraries/{id}/."""

from django.http import HttpRequest
from ninja import Query, Router

from guide.itineraries.models import ItineraryPage

from ..errors import NotFound
from ..filters import ItineraryParams, filter_itineraries
from ..params import reject_unknown_params
from ..payloads.itineraries import card_queryset, itinerary_card
from ..payloads.registry import page_payload
from ..schemas.itineraries import GuideItinerary, GuideItineraryList
from ..visibility import Visibility
from .common import ERRORS, PageId

router = Router(tags=["guide"])


@router.get(
    "/",
    response={200: GuideItineraryList, **ERRORS},
    url_name="guide_itineraries_list",
    operation_id="guide_itineraries_list",
    summary="List itineraries",
)
def list_itineraries(request: HttpRequest, params: Query[ItineraryParams]):
    """Published itineraries as cards, filtered and ordered in the database."""
    reject_unknown_params(request, ItineraryParams)
    visibility = Visibility.for_request(request)
    queryset = filter_itineraries(card_queryset(visibility), params)
    items = [itinerary_card(page, visibility) for page in params.window(queryset)]
    return {"count": queryset.count(), "items": items}


@router.get(
    "/{id}/",
    response={200: GuideItinerary, **ERRORS},
    url_name="guide_itineraries_detail",
    operation_id="guide_itineraries_detail",
    summary="Itinerary",
)
def get_itinerary(request: HttpRequest, id: PageId):
    reject_unknown_params(request)
    payload = page_payload(ItineraryPage, id, Visibility.for_request(request))
    if payload is None:
        raise NotFound(f"No published itinerary has the id {id}.", param="id")
    return payload
