"""GET /guide/search/?q=: itineraries, destinations and community profiles by relevance."""

import re

from django.http import HttpRequest
from ninja import Query, Router
from pydantic import Field
from wagtail.models import Page

from guide.api.store.read import listing_response, stored_cards
from guide.core.visibility import Visibility

from ..declarations import declarations
from ..params import CardListParams, reject_unknown_params
from ..ranking import ranked_ids
from ..schemas.pages import GuidePageCard, GuideSearchResults
from .common import ERRORS

router = Router(tags=["guide"])
WORD = re.compile(r"\w+")
# The page types search finds: those whose declaration has a listing card.
CARD_MODELS = [model for model, schema in declarations().items() if schema.card_schema]


class SearchParams(CardListParams):
    q: str = Field(min_length=1, max_length=200, description="The words to look for.")


@router.get(
    "/",
    response={200: GuideSearchResults, **ERRORS},
    url_name="guide_search",
    operation_id="guide_search",
    summary="Search guide pages",
)
def search(request: HttpRequest, params: Query[SearchParams]):
    """Published guide pages matching `q`, as cards, the most relevant first."""
    reject_unknown_params(request, SearchParams)
    # Words only: quotes, brackets and operators would reach the full-text engine's own syntax.
    words = " ".join(WORD.findall(params.q))
    if not words:
        return listing_response(0, [], params.fields)
    visibility = Visibility.for_request(request)
    visible = visibility.in_language(visibility.pages(), params.language).values("pk")
    candidates = Page.objects.filter(pk__in=visible).type(*CARD_MODELS)
    ids, count = ranked_ids(candidates, words, params.offset, params.offset + params.limit)
    items = stored_cards(request, ids, "search_card")
    return listing_response(count, items, params.fields, GuidePageCard)
