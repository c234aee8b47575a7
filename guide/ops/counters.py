"""Counters in Django's default cache, shared by every web process when it is Redis."""

from django.core.cache import cache


def count(key: str, seconds: int) -> int:
    """Adds one to ``key`` (created for ``seconds``) and returns the new count. `add` then
    `incr` are atomic, so parallel requests are all counted. Cache errors propagate: each
    caller decides what an uncounted request means."""
    cache.add(key, 0, seconds)
    try:
        return cache.incr(key)
    except ValueError:  # the key expired between add() and incr()
        cache.set(key, 1, seconds)
        return 1
