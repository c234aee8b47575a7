"""Enquiries accepted per visitor address: GUIDE["ENQUIRY_RATE_LIMIT"] = {"count", "seconds"}.

Counted in fixed windows in Django's default cache (guide.ops.counters), and the window's end
is the Retry-After. Only enquiries that passed every other check are counted, so a visitor
correcting a form is not locked out by their own mistakes. A cache that cannot count lets the
enquiry through: a lost enquiry costs more than an extra one, and the form token and the
honeypot still stand.
"""

import logging
import math
import time

from guide.core.conf import guide_settings
from guide.ops.counters import count

logger = logging.getLogger(__name__)


def take(visitor_hash: str, now: float | None = None) -> int | None:
    """Counts one enquiry; None when it is allowed, else the seconds until it would be."""
    limit = guide_settings.ENQUIRY_RATE_LIMIT
    allowed, seconds = int(limit["count"]), int(limit["seconds"])
    now = time.time() if now is None else now
    window = int(now // seconds)
    key = f"guide-enquiries:rate:{window}:{visitor_hash[:32]}"
    try:
        taken = count(key, seconds + 60)
    except Exception:  # noqa: BLE001 - any cache failure: accept rather than lose it
        logger.warning("Enquiry rate limit not counted: the cache is unavailable", exc_info=True)
        return None
    if taken <= allowed:
        return None
    return max(1, math.ceil((window + 1) * seconds - now))
