"""GET /guide/operator/: who publishes the guide, for a site's footer and contact details."""

from django.http import HttpRequest
from ninja import Router

from guide.core.models import OperatorSettings
from guide.core.visibility import site_for_request

from ..params import reject_unknown_params
from ..schemas.common import GuideOperator
from .common import ERRORS

router = Router(tags=["guide"])

FIELDS = ("name", "email", "phone", "website", "address")


@router.get(
    "/",
    response={200: GuideOperator, **ERRORS},
    url_name="guide_operator",
    operation_id="guide_operator",
    summary="Operator",
)
def get_operator(request: HttpRequest):
    """The operator settings of the request's site; empty strings where nothing is set."""
    reject_unknown_params(request)
    site = site_for_request(request)
    operator = OperatorSettings.objects.filter(site=site).first() if site else None
    return {name: getattr(operator, name, "") for name in FIELDS}
