"""JSON errors for the guide's routes: {"message": ..., "param": ...} with a 400 or a 404.

django-ninja answers invalid parameters with 422 and Wagtail's v3 API turns errors into RFC 7807
problem documents. The guide's routes answer 400 for any bad input and 404 for anything missing,
with the GuideError shape. The handlers are installed on Wagtail's shared ``api`` instance and
hand every request outside the guide's routes back to the handler that was there before, so
Wagtail's own endpoints keep their behaviour (RFC 7807 documents, 422 for invalid input).

Except for one thing: some hostile input reaches the database or the search backend before
Wagtail's own endpoints check it, and they answer 500 (`?site=-99999999999999999999` on
/api/v3/redirects/ overflows the column on SQLite, `?pk=1` on /api/v3/pages/ names no field, a
search of blanks breaks the query, a huge offset breaks the SQL). Those endpoints get a 400
problem document instead: what can be seen in the parameters is refused before the endpoint
runs (`parameter_fault`: a failed query would also spoil an open transaction), and a failure
traced to them afterwards (`input_fault`) is answered as bad input. Anything else still reaches
Wagtail's handler, and the server's error log, as before.
"""

import logging
import re
from functools import wraps

from django.core.exceptions import FieldDoesNotExist
from django.core.exceptions import ValidationError as DjangoValidationError
from django.db import DataError
from django.http import Http404, HttpRequest, JsonResponse
from django.urls import reverse
from ninja.errors import HttpError
from ninja.errors import ValidationError as NinjaValidationError
from pydantic import ValidationError as PydanticValidationError
from wagtail.api.v3.errors import problem_response

from ..numbers import is_whole_number

logger = logging.getLogger(__name__)

LARGEST_OFFSET = 10**9
LARGEST_ID = 2**63 - 1  # a bigint column's largest value
WORD = re.compile(r"\w")

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


def parameter_fault(request: HttpRequest) -> str | None:
    """What in the query string one of Wagtail's own endpoints would fail on, or None."""
    if any("\x00" in value for _name, values in request.GET.lists() for value in values):
        return "Query parameters must not contain NUL characters."
    search = request.GET.get("search")
    if search is not None and not WORD.search(search):
        return "search needs at least one word."
    for name in ("offset", "limit"):
        value = request.GET.get(name, "").strip()
        if is_whole_number(value.lstrip("+-")) and abs(int(value)) > LARGEST_OFFSET:
            return f"{name} must be at most {LARGEST_OFFSET}."
    # An id no database column holds: SQLite cannot bind it, PostgreSQL would quietly match
    # nothing; both answer the same 400.
    for name, values in request.GET.lists():
        for value in values:
            digits = value.strip().lstrip("+-")
            if is_whole_number(digits) and int(digits) > LARGEST_ID:
                return f"{name} must be at most {LARGEST_ID}."
    return None


def input_fault(request: HttpRequest, exc: Exception) -> str | None:
    """Why one of Wagtail's own endpoints failed on this request's parameters, or None when
    nothing shows the input was at fault."""
    if isinstance(exc, (OverflowError, DataError)):
        return "A number in the request is out of range."
    if isinstance(exc, FieldDoesNotExist):
        return "A query parameter names a field that cannot be filtered on."
    fault = parameter_fault(request)
    if fault is not None:
        return fault
    if request.method == "GET" and isinstance(exc, ValueError):
        # A read only raises ValueError when a parameter does not convert (an id that is not
        # a number, a NUL byte PostgreSQL refuses).
        return "A parameter has a value of the wrong kind."
    return None


def _delegate(previous: dict, request, exc):
    for cls in type(exc).__mro__:
        if cls in previous:
            return previous[cls](request, exc)
    raise exc


def install_error_handlers(api) -> None:
    previous = _previous_handlers(api)

    def handle(request: HttpRequest, exc: Exception):
        if not is_guide_request(request):
            fault = input_fault(request, exc)
            if fault is not None:
                return problem_response(status=400, detail=fault)
            return _delegate(previous, request, exc)
        if isinstance(exc, (OverflowError, DataError)):
            return error_response(400, "A number in the request is out of range.")
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
        OverflowError,
        DataError,
    ):
        api.add_exception_handler(exc_class, handle)

    def handle_unexpected(request: HttpRequest, exc: Exception):
        # Wagtail's own handler re-raises these (a 500), the guide's 503 for a database that
        # is down included; only a failure traced to a stock endpoint's input is answered here.
        if not is_guide_request(request):
            fault = input_fault(request, exc)
            if fault is not None:
                return problem_response(status=400, detail=fault)
        return _delegate(previous, request, exc)

    api.add_exception_handler(Exception, handle_unexpected)
    api.add_decorator(_refuse_hostile_parameters, mode="view")


def _refuse_hostile_parameters(run):
    """Runs before each endpoint's own checks; leaves the guide's routes to their schemas."""

    @wraps(run)
    def guarded(request: HttpRequest, *args, **kwargs):
        if not is_guide_request(request):
            fault = parameter_fault(request)
            if fault is not None:
                return problem_response(status=400, detail=fault)
        return run(request, *args, **kwargs)

    return guarded
