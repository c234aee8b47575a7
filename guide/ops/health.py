"""/healthz: the process answers. /readyz: it can serve, its database and shared caches reachable.

Neither is cached. /readyz names each check, so a failing probe says what is down; the cause goes
to the log, not to the public answer.
"""

import logging

from django.conf import settings
from django.core.cache import caches
from django.db import connections
from django.http import JsonResponse
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_safe

# Caches that live in the process: nothing to reach.
LOCAL_CACHES = (
    "django.core.cache.backends.locmem.LocMemCache",
    "django.core.cache.backends.dummy.DummyCache",
)
PROBE_KEY = "guide-ops-readyz"

logger = logging.getLogger("guide.ops")


@never_cache
@require_safe
def healthz(request):
    """Answers without touching the database or any cache."""
    return JsonResponse({"status": "ok"})


# Each check raises when what it checks cannot be reached.


def check_database(alias: str) -> None:
    with connections[alias].cursor() as cursor:
        cursor.execute("SELECT 1")


def check_cache(alias: str) -> None:
    cache = caches[alias]
    client = getattr(cache, "_cache", None)
    if hasattr(client, "get_client"):
        # Django's Redis backend and its subclasses: ask the server itself, since a subclass may
        # answer reads with a miss while Redis is away.
        client.get_client(write=True).ping()
    else:
        cache.get(PROBE_KEY)


def readiness_checks() -> dict:
    checks = {f"database:{alias}": (check_database, alias) for alias in connections}
    for alias, config in settings.CACHES.items():
        if config.get("BACKEND") not in LOCAL_CACHES:
            checks[f"cache:{alias}"] = (check_cache, alias)
    return checks


@never_cache
@require_safe
def readyz(request):
    """200 when every check passes, else 503; `failed` lists the checks that did not."""
    results = {}
    for name, (check, alias) in readiness_checks().items():
        try:
            check(alias)
            results[name] = "ok"
        except Exception:
            logger.warning("Readiness check %s failed", name, exc_info=True)
            results[name] = "unavailable"
    failed = [name for name, result in results.items() if result != "ok"]
    body = {"status": "unavailable" if failed else "ok", "checks": results}
    if failed:
        body["failed"] = failed
    return JsonResponse(body, status=503 if failed else 200)
