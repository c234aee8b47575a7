"""A database that cannot be reached answers 503 with Retry-After, never a 500.

API paths get the guide's JSON error, other paths a short HTML page
(templates/guide_ops/503.html, which a site may override).
"""

import logging
import sys

from django.db import InterfaceError, OperationalError
from django.http import HttpResponse, JsonResponse
from django.template.loader import render_to_string

from guide.core.middleware import is_api_path

DATABASE_DOWN = (OperationalError, InterfaceError)
RETRY_AFTER_SECONDS = 30
FAILURE_MARK = "_guide_database_unavailable"

logger = logging.getLogger("guide.ops")


def unavailable_response(request) -> HttpResponse:
    if is_api_path(request.path):
        response = JsonResponse(
            {"message": "The service is briefly unavailable; try again shortly.", "param": None},
            status=503,
        )
    else:
        response = HttpResponse(render_to_string("guide_ops/503.html"), status=503)
    response["Retry-After"] = str(RETRY_AFTER_SECONDS)
    response["Cache-Control"] = "no-store"  # a shared cache must not keep the outage
    return response


def logged(response: HttpResponse) -> HttpResponse:
    # The traceback is logged already; Django's request logger would add a second line for
    # the same 503 without it.
    response._has_been_logged = True
    return response


def note_database_failure(sender, request=None, **kwargs):
    """got_request_exception receiver: marks requests whose unhandled error was the database."""
    if request is not None and isinstance(sys.exc_info()[1], DATABASE_DOWN):
        setattr(request, FAILURE_MARK, True)


class DatabaseUnavailableMiddleware:
    """Turns OperationalError and InterfaceError into a 503.

    A view's error arrives in process_exception(); one raised by a middleware further in (a
    session save, a redirect lookup) has already become a 500, which the got_request_exception
    mark lets this middleware replace. Place it near the top of MIDDLEWARE.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if response.status_code == 500 and getattr(request, FAILURE_MARK, False):
            # Django has logged the traceback with the 500; only the answer changes.
            return logged(unavailable_response(request))
        return response

    def process_exception(self, request, exception):
        if not isinstance(exception, DATABASE_DOWN):
            return None
        logger.error("Database unavailable: %s", exception, exc_info=exception)
        return logged(unavailable_response(request))
