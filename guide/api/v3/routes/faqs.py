"""GET /guide/faqs/: every FAQ, grouped by topic."""

from django.http import HttpRequest
from ninja import Query, Router, Schema
from pydantic import Field

from guide.faqs.models import FAQTopic

from ..errors import BadRequest
from ..params import reject_unknown_params
from ..resolvers import faq_groups, faq_queryset
from ..schemas.pages import GuideFAQList
from .common import ERRORS

router = Router(tags=["guide"])


class FAQParams(Schema):
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
    faqs = faq_queryset()
    if params.topic:
        if not FAQTopic.objects.filter(slug=params.topic).exists():
            raise BadRequest(f"topic: no FAQ topic has the slug '{params.topic}'.", param="topic")
        faqs = faqs.filter(topic__slug=params.topic)
    faqs = list(faqs)
    return {"count": len(faqs), "topics": faq_groups(faqs)}
