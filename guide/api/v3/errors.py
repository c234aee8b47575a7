"""JSON errors for the guide's routes: {"message": ..., "param": ...} with a 400 or a 404.

django-ninja answers invalid parameters with 422 and Wagtail's v3 API turns errors into RFC 7807
problem documents. The guide's routes answer 400 for any bad input and 404 for anything missing,
with the GuideError shape. The handlers are installed on Wagtail's shared ``api`` instance and
hand every request outside the guide's routes back to the handler that was there before, so
Wagtail's own endpoints keep their behaviour.
"""

import logging

from django.core.exceptions import ValidationError as DjangoValidationError
from django.http import Http404, HttpRequest, JsonResponse
from django.urls import reverse
from ninja.errors import HttpError
from ninja.errors import ValidationError as NinjaValidationError
from pydantic import ValidationError as PydanticValidationError

logger = logging.getLogger(__name__)

API_NAMESPACE = "wagtailapi_v3"
GUIDE_SEGMENT = "guide/"


class GuideAPIError(Exception):
    def __init__(self, status: int, message: str, param: str | None = None):
        super().__init__(message)
        self.status = status
        self.message = message
        self.param = param


class BadRequest(GuideAPIError):
    def __init__(self, message: str, param: str | None = None):
        super().__init__(400, message, param)


class NotFound(GuideAPIError):
    def __init__(self, message: str, param: str | None = None):
        super().__init__(404, message, param)


def is_guide_request(request: HttpRequest) -> bool:
    """A request to a route under /guide/ of Wagtail's v3 API (ours, or another guide router)."""
    match = getattr(request, "resolver_match", None)
    if match is None or API_NAMESPACE not in match.namespaces:
        return False
    api_root = reverse(f"{API_NAMESPACE}:api-root")
    return request.path.startswith(f"{api_root}{GUIDE_SEGMENT}")


def error_response(status: int, message: str, param: str | None = None) -> JsonResponse:
    return JsonResponse({"message": message, "param": param}, status=status)


def _param_name(loc) -> str | None:
    """('query', 'min_days') -> 'min_days'; ninja puts the parameter source first."""
    return ".".join(str(part) for part in loc[1:]) or None


def validation_message(errors: list[dict]) -> tuple[str, str | None]:
    messages, first_param = [], None
    for error in errors:
        param = _param_name(error.get("loc", ()))
        first_param = first_param or param
        text = str(error.get("msg", "is not valid")).removeprefix("Value error, ")
        messages.append(f"{param}: {text}" if param else text)
    return "; ".join(messages) or "Invalid parameters.", first_param


def _previous_handlers(api) -> dict:
    # NinjaAPI keeps its handlers in a dict keyed by exception class; copy it before ours go in.
    return dict(getattr(api, "_exception_handlers", {}))


def _delegate(previous: dict, request, exc):
    for cls in type(exc).__mro__:
        if cls in previous:
            return previous[cls](request, exc)
    raise exc


def install_error_handlers(api) -> None:
    previous = _previous_handlers(api)

    def handle(request: HttpRequest, exc: Exception):
        if not is_guide_request(request):
            return _delegate(previous, request, exc)
        if isinstance(exc, GuideAPIError):
            return error_response(exc.status, exc.message, exc.param)
        if isinstance(exc, NinjaValidationError):
            message, param = validation_message(exc.errors)
            return error_response(400, message, param)
        if isinstance(exc, DjangoValidationError):
            return error_response(400, "; ".join(exc.messages))
        if isinstance(exc, Http404):
            return error_response(404, str(exc) or "Not found.")
        if isinstance(exc, HttpError):
            return error_response(exc.status_code, str(exc))
        # A payload that fails its own schema is a server bug: log it, answer in JSON.
        logger.exception("Guide API response failed validation", exc_info=exc)
        return error_response(500, "The server could not build this response.")

    for exc_class in (
        GuideAPIError,
        NinjaValidationError,
        DjangoValidationError,
        Http404,
        HttpError,
        PydanticValidationError,
    ):
        api.add_exception_handler(exc_class, handle)
