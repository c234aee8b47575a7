"""GET /guide/pages/by-path/?path=/lares/trek-4-days/: any guide page by its frontend path."""

from django.http import HttpRequest
from ninja import Query, Router
from pydantic import Field

from guide.api.redirects import find_redirect
from guide.api.store.read import detail_response, stored_page

from ..errors import NotFound
from ..params import FieldsParams, reject_unknown_params
from ..schemas.pages import GuidePathAnswer
from .common import ERRORS

router = Router(tags=["guide"])


class ByPathParams(FieldsParams):
    path: str = Field(
        min_length=1,
        max_length=1024,
        pattern=r"^/[^?#]*$",
        description="The page's path from the site root, e.g. '/lares/trek-4-days/'.",
    )


@router.get(
    "/by-path/",
    response={200: GuidePathAnswer, **ERRORS},
    url_name="guide_pages_by_path",
    operation_id="guide_pages_by_path",
    summary="Find a page by its path",
)
def page_by_path(request: HttpRequest, params: Query[ByPathParams]):
    """The typed page at `path`: its `type` says which schema of the union it follows. Where no
    published page is, the editor's redirect from `path` (`type` "redirect"), else a 404."""
    reject_unknown_params(request, ByPathParams)
    row = stored_page(request, path=params.path, language=params.version)
    if row is None:
        redirect = find_redirect(request, params.path)
        if redirect is None:
            raise NotFound(f"No published page has the path '{params.path}'.", param="path")
        return redirect
    return detail_response(row, params.fields)
