"""Tells the visitor site which paths changed, so it re-renders them within seconds.

On publish and unpublish (and when a place's facts change) Wagtail POSTs
`{"paths": [...]}` to GUIDE["REVALIDATE_URL"] with `X-Guide-Timestamp: <unix seconds>` and
`X-Guide-Signature: sha256=<hex HMAC-SHA256 of "<timestamp>.<body>">`. Signing the time lets the
frontend refuse a captured request replayed later. A frontend that is down never blocks publishing.
"""

import hashlib
import hmac
import json
import logging
import time
import urllib.request
from contextlib import contextmanager

from django.db import transaction

from .conf import guide_settings
from .locales import frontend_path

logger = logging.getLogger(__name__)
_suspended = False


@contextmanager
def suspended():
    """No webhooks inside the block, e.g. while a command publishes many pages at once."""
    global _suspended
    previous, _suspended = _suspended, True
    try:
        yield
    finally:
        _suspended = previous


def signature(timestamp: str, body: bytes, secret: str) -> str:
    signed = timestamp.encode() + b"." + body
    return "sha256=" + hmac.new(secret.encode(), signed, hashlib.sha256).hexdigest()


def page_paths(page) -> list[str]:
    """The page's own path and those of its ancestors up to the site root (their listings)."""
    ancestors = page.get_ancestors().filter(depth__gt=1)
    return list(dict.fromkeys(frontend_path(p) for p in [page, *reversed(ancestors)]))


# The frontend takes at most 200 paths per request and caps the body at 64 KiB: a Place edit
# that touches hundreds of pages is sent in several requests.
PATHS_PER_REQUEST = 200


def send(paths: list[str]) -> None:
    url = guide_settings.REVALIDATE_URL
    if not url or not paths or _suspended:
        return
    for start in range(0, len(paths), PATHS_PER_REQUEST):
        _post(url, paths[start : start + PATHS_PER_REQUEST])


def _post(url: str, paths: list[str]) -> None:
    body = json.dumps({"paths": paths}).encode()
    timestamp = str(int(time.time()))
    request = urllib.request.Request(
        url,
        data=body,
        method="POST",
        headers={
            "Content-Type": "application/json",
            "X-Guide-Timestamp": timestamp,
            "X-Guide-Signature": signature(timestamp, body, guide_settings.REVALIDATE_SECRET),
        },
    )
    try:
        with urllib.request.urlopen(request, timeout=guide_settings.REVALIDATE_TIMEOUT):
            pass
    except OSError as error:  # URLError, HTTPError and timeouts all derive from it
        logger.warning("Frontend revalidation of %s failed: %s", paths, error)


def send_after_commit(paths: list[str]) -> None:
    if not _suspended:
        transaction.on_commit(lambda: send(paths))


def on_page_changed(sender, instance, **kwargs):
    send_after_commit(page_paths(instance))


def on_redirect_changed(sender, instance, **kwargs):
    """A redirect an editor adds, edits or deletes changes what its old path answers."""
    send_after_commit([instance.old_path])
