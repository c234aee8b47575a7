"""GET /guide/itineraries/ and /guide/itineraries/{id}/."""

from django.http import HttpRequest
from ninja import Query, Router

from guide.api.store.read import detail_response, listing_response, stored_page, window_cards
from guide.core.visibility import Visibility
from guide.itineraries.models import ItineraryPage

from ..errors import NotFound
from ..filters import ItineraryParams, filter_itineraries
from ..params import FieldsParams, reject_unknown_params
from ..schemas.itineraries import GuideItinerary, GuideItineraryCard, GuideItineraryList
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
    pages = visibility.in_language(visibility.pages(ItineraryPage), params.language)
    queryset = filter_itineraries(pages, params)
    items, count = window_cards(request, queryset, params)
    return listing_response(count, items, params.fields, GuideItineraryCard)


@router.get(
    "/{id}/",
    response={200: GuideItinerary, **ERRORS},
    url_name="guide_itineraries_detail",
    operation_id="guide_itineraries_detail",
    summary="Itinerary",
)
def get_itinerary(request: HttpRequest, id: PageId, params: Query[FieldsParams]):
    reject_unknown_params(request, FieldsParams)
    row = stored_page(request, page_id=id, language=params.version)
    if row is None or row.type_name != "itinerary":
        raise NotFound(f"No published itinerary has the id {id}.", param="id")
    return detail_response(row, params.fields)
