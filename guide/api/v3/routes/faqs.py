"""GET /guide/faqs/: every FAQ, grouped by topic."""

from django.http import HttpRequest
from ninja import Query, Router
from pydantic import Field

from guide.faqs.models import FAQTopic

from ..errors import BadRequest
from ..params import LocaleParams, reject_unknown_params
from ..resolvers import faq_groups, faq_queryset
from ..schemas.pages import GuideFAQList
from .common import ERRORS

router = Router(tags=["guide"])


class FAQParams(LocaleParams):
    topic: str | None = Field(
        default=None, min_length=1, max_length=80, description="A topic's slug."
    )


@router.get(
    "/",
    response={200: GuideFAQList, **ERRORS},
    url_name="guide_faqs_list",
    operation_id="guide_faqs_list",
    summary="List FAQs by topic",
)
def list_faqs(request: HttpRequest, params: Query[FAQParams]):
    """FAQs in topic order, each group with its topic; `topic` keeps one group."""
    reject_unknown_params(request, FAQParams)
    faqs = faq_queryset(params.language)
    if params.topic:
        topics = FAQTopic.objects.filter(locale__language_code=params.language)
        if not topics.filter(slug=params.topic).exists():
            raise BadRequest(f"topic: no FAQ topic has the slug '{params.topic}'.", param="topic")
        faqs = faqs.filter(topic__slug=params.topic)
    faqs = list(faqs)
    return {"count": len(faqs), "topics": faq_groups(faqs)}
