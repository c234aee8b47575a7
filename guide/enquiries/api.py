"""GET /api/v3/guide/enquiries/form/ and POST /api/v3/guide/enquiries/: "Request information".

No cookies and no session: the POST carries no ambient credentials, so there is nothing for a
cross-site request to borrow and django-ninja's unauthenticated routes skip the CSRF check.
Abuse is met by the form token, the honeypot and the per-visitor rate limit instead
(docs/enquiries.md).
"""

from django.http import HttpRequest, HttpResponse
from ninja import Router, Status
from ninja.decorators import decorate_view

from guide.core.conf import guide_settings

from . import rate_limit
from .choices import PARTY_SIZE_MAX, PARTY_SIZE_MIN, heard_from_choices
from .gate import CHECK_FIELDS, refuse_early
from .intake import store
from .schemas import (
    GuideEnquiryForm,
    GuideEnquiryIn,
    GuideEnquiryReceived,
    GuideFormError,
    GuideHeardFromChoice,
)
from .tokens import issue_token
from .validation import find_subject
from .visitor import visitor_hash, visitor_ip

router = Router(tags=["guide"])

RECEIVED = "Thank you: your enquiry has reached us, and we will answer you by email soon."
TOO_MANY = (
    "Too many enquiries have come from your connection; please send yours again later "
    "(Retry-After says when)."
)


@router.get(
    "/form/",
    response={200: GuideEnquiryForm},
    url_name="guide_enquiry_form",
    operation_id="guide_enquiry_form",
    summary="Enquiry form",
)
def enquiry_form(request: HttpRequest):
    """A fresh token for the form and the choices it offers. Never cached: each form gets the
    time it was handed out."""
    form = GuideEnquiryForm(
        token=issue_token(),
        heard_from=[
            GuideHeardFromChoice(value=value, label=label) for value, label in heard_from_choices()
        ],
        party_size_min=PARTY_SIZE_MIN,
        party_size_max=PARTY_SIZE_MAX,
        min_seconds=guide_settings.ENQUIRY_MIN_SECONDS,
    )
    # no-store: neither a CDN nor the response cache may hand one visitor's token to another.
    response = HttpResponse(form.model_dump_json(), content_type="application/json")
    response["Cache-Control"] = "no-store"
    return response


@router.post(
    "/",
    response={
        201: GuideEnquiryReceived,
        400: GuideFormError,
        413: GuideFormError,
        429: GuideFormError,
    },
    url_name="guide_enquiries",
    operation_id="guide_enquiry_create",
    summary="Send an enquiry",
)
@decorate_view(refuse_early)
def create_enquiry(request: HttpRequest, payload: GuideEnquiryIn, response: HttpResponse):
    """Stores the visitor's enquiry and emails the operator. 400 names what to correct, by
    field; 413 a body over GUIDE["ENQUIRY_MAX_BODY_BYTES"]; 429 (with Retry-After) more than
    GUIDE["ENQUIRY_RATE_LIMIT"] from one visitor."""
    response["Cache-Control"] = "no-store"
    subject, errors = find_subject(request, payload)
    if errors:
        return Status(400, {"message": CHECK_FIELDS, "errors": errors})
    hashed = visitor_hash(visitor_ip(request))
    wait = rate_limit.take(hashed)
    if wait is not None:
        response["Retry-After"] = str(wait)
        return Status(429, {"message": TOO_MANY, "errors": {}})
    store(payload, subject, hashed)
    return Status(201, {"received": True, "message": RECEIVED})
