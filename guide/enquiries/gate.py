"""What is refused before the enquiry is looked at: too large, not JSON, the honeypot filled,
a token that is missing, forged, too fresh or too old, and fields that do not validate.

It wraps the route's whole run (ninja's `decorate_view`), so it comes before django-ninja reads
and validates the body: a body over GUIDE["ENQUIRY_MAX_BODY_BYTES"] is refused from its
Content-Length without being read, and invalid fields get GuideFormError, with a sentence per
field, instead of the guide's GuideError for query parameters.
"""

import json
from functools import wraps

from django.http import JsonResponse

from guide.core.conf import guide_settings

from .tokens import TokenRefused, check_token
from .validation import Errors, parse

CHECK_FIELDS = "Please check the marked fields and send your enquiry again."
NOT_ACCEPTED = "Your enquiry could not be accepted. Please write to us by email instead."


def form_error(status: int, message: str, errors: Errors | None = None) -> JsonResponse:
    response = JsonResponse({"message": message, "errors": errors or {}}, status=status)
    response["Cache-Control"] = "no-store"
    return response


def _declared_length(request) -> int | None:
    try:
        return int(request.META.get("CONTENT_LENGTH") or 0)
    except ValueError:
        return None


def refusal(request) -> JsonResponse | None:
    limit = guide_settings.ENQUIRY_MAX_BODY_BYTES
    length = _declared_length(request)
    if length is None:
        return form_error(400, "The request's Content-Length is not a number.")
    if length > limit:
        return form_error(
            413, f"The enquiry is larger than {limit:,} bytes; please shorten your message."
        )
    try:
        data = json.loads(request.body or b"null")
    except ValueError:
        data = None
    if not isinstance(data, dict):
        return form_error(400, "The enquiry must be sent as a JSON object.")
    if data.get("website") not in (None, ""):
        return form_error(400, NOT_ACCEPTED)
    token = data.get("token")
    try:
        check_token("" if token is None else str(token))
    except TokenRefused as error:
        return form_error(400, str(error), {"token": [str(error)]})
    _enquiry, errors = parse(data)
    if errors:
        return form_error(400, CHECK_FIELDS, errors)
    return None


def refuse_early(run):
    @wraps(run)
    def guarded(request, *args, **kwargs):
        refused = refusal(request)
        if refused is not None:
            return refused
        return run(request, *args, **kwargs)

    return guarded
