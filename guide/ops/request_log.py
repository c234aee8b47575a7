"""A request id for every request, and one access line per response on the guide.access logger."""

import logging
import re
import time
import uuid
from contextvars import ContextVar

HEADER = "X-Request-ID"
# An id from the client or a proxy is kept only when it is short and plain, so it cannot
# forge log lines or headers.
ACCEPTED_ID = re.compile(r"[A-Za-z0-9._:+=/-]{1,128}")

current_request_id: ContextVar[str | None] = ContextVar("guide_request_id", default=None)
access_logger = logging.getLogger("guide.access")


def request_id_for(request) -> str:
    given = request.headers.get(HEADER, "")
    return given if ACCEPTED_ID.fullmatch(given) else uuid.uuid4().hex


class RequestLogMiddleware:
    """Outermost middleware: names the request, echoes the id and logs method, path, status and
    time taken. Every log record written meanwhile carries the id (see json_logs)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        request.request_id = request_id_for(request)
        token = current_request_id.set(request.request_id)
        started = time.perf_counter()
        try:
            response = self.get_response(request)
            response[HEADER] = request.request_id
            level = logging.ERROR if response.status_code >= 500 else logging.INFO
            if access_logger.isEnabledFor(level):
                access_logger.log(
                    level,
                    "%s %s %s",
                    request.method,
                    request.path,
                    response.status_code,
                    extra={
                        "method": request.method,
                        # The path without its query string, which may carry preview tokens.
                        "path": request.path,
                        "status": response.status_code,
                        "duration_ms": round((time.perf_counter() - started) * 1000, 1),
                    },
                )
            return response
        finally:
            current_request_id.reset(token)
