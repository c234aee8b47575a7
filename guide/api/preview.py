"""GET /api/v3/guide/preview/?token=...: the editor's unsaved page, for the visitor site's preview.

The token is signed and expires (GUIDE["PREVIEW_TOKEN_SECONDS"]); an expired one gets 401, a
forged or altered one 403. Responses are never cached (see guide.core.middleware).
"""

from django.http import HttpRequest
from ninja import Query, Router, Schema
from pydantic import Field

from guide.core.visibility import Visibility
from guide.preview.models import PagePreview
from guide.preview.tokens import PreviewTokenExpired, PreviewTokenInvalid, read_token

from .v3.declarations import declaration_for, payload
from .v3.errors import GuideAPIError, NotFound
from .v3.params import reject_unknown_params
from .v3.schemas.common import GuideError
from .v3.schemas.pages import GuidePage

router = Router(tags=["guide"])


class PreviewParams(Schema):
    token: str = Field(min_length=1, max_length=1024, description="The token from the admin.")


@router.get(
    "/",
    response={200: GuidePage, 400: GuideError, 401: GuideError, 403: GuideError, 404: GuideError},
    url_name="guide_preview",
    operation_id="guide_preview",
    summary="Preview a draft",
)
def preview(request: HttpRequest, params: Query[PreviewParams]):
    """The page as the editor's form held it when they pressed Preview, typed as by-path."""
    reject_unknown_params(request, PreviewParams)
    try:
        preview_id = read_token(params.token)
    except PreviewTokenExpired as error:
        raise GuideAPIError(401, str(error), param="token") from error
    except PreviewTokenInvalid as error:
        raise GuideAPIError(403, str(error), param="token") from error
    snapshot = PagePreview.objects.select_related("content_type").filter(pk=preview_id).first()
    if snapshot is None:
        raise NotFound("This preview is no longer available; open Preview again.", param="token")
    page = snapshot.as_page()
    schema = declaration_for(type(page))
    if schema is None:
        raise NotFound(f"Pages of type {type(page).__name__} have no preview.", param="token")
    return payload(schema, page, Visibility.for_request(request))
