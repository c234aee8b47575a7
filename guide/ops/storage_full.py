"""A write that fails for want of space (a full disk, a quota, a file-size limit) answers 507
with a message an editor can act on, never a 500.

Nothing is left half-saved: Django writes an upload's file before its database row, and the
guide's storage (guide.core.storage) removes the partial file, so the failed upload is simply
not there. Wagtail's multiple-upload form asks with fetch and gets the message as JSON.
"""

import errno
import logging

from django.http import HttpResponse, JsonResponse
from django.template.loader import render_to_string

from .unavailable import logged

NO_SPACE = {errno.ENOSPC, errno.EDQUOT, errno.EFBIG}
MESSAGE = (
    "The file could not be saved: the server has run out of storage space. Nothing was saved; "
    "please tell the site's administrator, and try again once space has been freed."
)

logger = logging.getLogger("guide.ops")


class StorageFullMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        if not isinstance(exception, OSError) or exception.errno not in NO_SPACE:
            return None
        logger.error("Storage full: %s", exception, exc_info=exception)
        if "application/json" in request.headers.get("Accept", "") or request.headers.get(
            "X-Requested-With"
        ):
            response = JsonResponse({"success": False, "error_message": MESSAGE}, status=507)
        else:
            body = render_to_string("guide_ops/507.html", {"message": MESSAGE})
            response = HttpResponse(body, status=507)
        response["Cache-Control"] = "no-store"
        return logged(response)
