"""Whole public API responses kept in a shared cache (Redis), dropped on every content change.

Enabled by GUIDE["RESPONSE_CACHE"], the alias of a cache that every web process shares; off
(None) by default, because a per-process cache could not be cleared from the process that
handles a publish. Each entry remembers the generation it was made in; a change bumps the
generation, so every older entry stops counting at once. A hit costs one round trip (the
generation and the entry are fetched together) and skips the rest of the middleware stack.
A cache that is down costs speed, never an answer: the request goes on to the database.
"""

import hashlib
import logging
from datetime import datetime, time, timedelta

from django.conf import settings
from django.core.cache import caches
from django.http import HttpResponse, HttpResponseNotModified
from django.utils import timezone
from wagtail.models import Page

from guide.core.conf import guide_settings

logger = logging.getLogger(__name__)
GENERATION_KEY = "guide:api:generation"
# Headers of the full response that a cached copy carries (the rest depend on the request).
KEPT_HEADERS = ("Content-Type", "Content-Disposition", "ETag", "Cache-Control", "Vary")


def _cache():
    alias = guide_settings.RESPONSE_CACHE
    return caches[alias] if alias else None


def clear() -> None:
    cache = _cache()
    if cache is None:
        return
    try:
        try:
            cache.incr(GENERATION_KEY)
        except ValueError:  # not set yet
            cache.set(GENERATION_KEY, 1, timeout=None)
    except Exception:  # noqa: BLE001 - a cache that is down must not fail a publish
        logger.warning("Could not clear the API response cache", exc_info=True)


def on_cache_recovered(sender, **kwargs):
    """Entries kept before a Redis outage may be stale: a publish meanwhile could not start a
    new generation, so one is started now."""
    clear()


def _key(request) -> str:
    query = "&".join(sorted(request.META.get("QUERY_STRING", "").split("&")))
    raw = f"{request.get_host()}|{request.path}|{query}"
    return f"guide:api:response:{hashlib.sha1(raw.encode()).hexdigest()}"


def _cacheable(request) -> bool:
    return (
        request.method in ("GET", "HEAD")
        and request.path.startswith("/" + guide_settings.API_URL_PREFIX)
        and "/preview/" not in request.path
        and "HTTP_AUTHORIZATION" not in request.META
        and settings.SESSION_COOKIE_NAME not in request.COOKIES
    )


def _from_entry(request, entry) -> HttpResponse:
    body, headers = entry
    etag = headers.get("ETag")
    if etag and request.META.get("HTTP_IF_NONE_MATCH") == etag:
        response = HttpResponseNotModified()
    else:
        response = HttpResponse(body)
    for name, value in headers.items():
        response[name] = value
    return response


def _lifetime() -> int:
    """How long a response may be kept: until the next page expires at the latest, since an
    expiry changes what the public may see without any event to drop the entry; and until
    midnight, when the day's departures stop being upcoming."""
    now = timezone.now()
    next_expiry = (
        Page.objects.filter(live=True, expire_at__gt=now)
        .order_by("expire_at")
        .values_list("expire_at", flat=True)
        .first()
    )
    tomorrow = timezone.localtime(now).date() + timedelta(days=1)
    midnight = timezone.make_aware(datetime.combine(tomorrow, time.min))
    lifetime = min(guide_settings.RESPONSE_CACHE_SECONDS, int((midnight - now).total_seconds()))
    if next_expiry is not None:
        lifetime = min(lifetime, max(1, int((next_expiry - now).total_seconds())))
    return lifetime


def _keepable(response) -> bool:
    """A whole 200 that may be shared: not one the view marked no-store (a form's token)."""
    cache_control = response.get("Cache-Control", "")
    return (
        response.status_code == 200
        and not response.streaming
        and "no-store" not in cache_control
        and "private" not in cache_control
    )


class ResponseCacheMiddleware:
    """Serves anonymous GETs of the public API from the shared cache, and fills it.

    Placed early (after CORS, security and the NUL check), so that a hit skips sessions,
    authentication and the views; a miss goes through everything and is kept when it is a 200.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        cache = _cache()
        if cache is None or not _cacheable(request):
            return self.get_response(request)
        key = _key(request)
        try:
            found = cache.get_many([GENERATION_KEY, key])
        except Exception:  # noqa: BLE001
            logger.warning("API response cache unavailable; answering from the database")
            return self.get_response(request)
        generation, entry = found.get(GENERATION_KEY, 0), found.get(key)
        if entry is not None and entry[0] == generation:
            return _from_entry(request, entry[1:])
        # Measured before the answer is made: a page expiring while it is being made must not
        # lend that answer a lifetime past its expiry.
        lifetime = _lifetime()
        response = self.get_response(request)
        if _keepable(response):
            headers = {name: response[name] for name in KEPT_HEADERS if response.has_header(name)}
            try:
                cache.set(key, (generation, response.content, headers), timeout=lifetime)
            except Exception:  # noqa: BLE001
                logger.warning("Could not store an API response in the cache")
        return response
