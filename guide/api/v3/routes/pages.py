"""GET /guide/pages/by-path/?path=/lares/trek-4-days/: any guide page by its frontend path."""

from django.http import HttpRequest
from ninja import Query, Router, Schema
from pydantic import Field

from ..errors import NotFound
from ..params import reject_unknown_params
from ..payloads.registry import page_payload
from ..schemas.pages import GuidePage
from ..visibility import Visibility
from .common import ERRORS

router = Router(tags=["guide"])


class ByPathParams(Schema):
    path: str = Field(
        min_length=1,
        max_length=1024,
        pattern=r"^/[^?#]*$",
        description="The page's path from the site root, e.g. '/lares/trek-4-days/'.",
    )


@router.get(
    "/by-path/",
    response={200: GuidePage, **ERRORS},
    url_name="guide_pages_by_path",
    operation_id="guide_pages_by_path",
    summary="Find a page by its path",
)
def page_by_path(request: HttpRequest, params: Query[ByPathParams]):
    """The typed page at `path`: its `type` says which schema of the union it follows."""
    reject_unknown_params(request, ByPathParams)
    visibility = Visibility.for_request(request)
    missing = NotFound(f"No published page has the path '{params.path}'.", param="path")
    if visibility.root is None:
        raise missing
    url_path = visibility.url_path_for(params.path)
    page = visibility.pages().filter(url_path=url_path).first()
    payload = None if page is None else page_payload(page.specific_class, page.pk, visibility)
    if payload is None:
        raise missing
    return payload
