"""Django's Redis cache, for sites where a cache is a speed-up and never a reason to fail.

`ResilientRedisCache` (set it as a cache BACKEND, with short socket timeouts in OPTIONS) treats a
Redis it cannot reach, or that does not answer in time, as an empty cache: reads miss, writes are
dropped, and the request goes on to the database. After a failure Redis is left alone for
PAUSE_SECONDS in this process, so a Redis that is down or frozen costs one short timeout every
few seconds rather than one per cache call. A counter (`incr`) still raises, since its caller
must know that nothing was counted.

When Redis answers again, `cache_recovered` is sent: entries written before the outage may
describe content that changed meanwhile (a publish could not clear them), so the API's response
cache starts a new generation then.
"""

import logging
import time

from django.core.cache.backends.redis import RedisCache, RedisCacheClient
from django.dispatch import Signal

try:
    from redis.exceptions import ConnectionError as RedisConnectionError
    from redis.exceptions import TimeoutError as RedisTimeoutError
except ImportError:  # redis is the site's to install; without it this backend is never used
    RedisConnectionError = RedisTimeoutError = ConnectionError

logger = logging.getLogger(__name__)

PAUSE_SECONDS = 5
UNREACHABLE = (RedisConnectionError, RedisTimeoutError, OSError)
cache_recovered = Signal()  # sent with location=<the servers' URLs>

# When each location last failed in this process (the client is made once per thread).
_failed_at: dict[str, float] = {}
# What a call answers while Redis is away: a miss, nothing written, nothing found.
MISSED = {
    "add": False,
    "get": None,
    "set": None,
    "touch": False,
    "delete": False,
    "get_many": {},
    "has_key": False,
    "set_many": None,
    "delete_many": None,
    "clear": None,
}


class ResilientRedisCacheClient(RedisCacheClient):
    def __init__(self, servers, **options):
        super().__init__(servers, **options)
        self.location = ",".join(servers)

    def _guarded(self, name: str, *args):
        failed_at = _failed_at.get(self.location)
        paused = failed_at is not None and time.monotonic() - failed_at < PAUSE_SECONDS
        if paused or (failed_at is not None and not self._back()):
            return self._missed(name, args)
        try:
            return getattr(super(), name)(*args)
        except UNREACHABLE as error:
            logger.warning("Redis at %s unreachable, caching paused: %s", self.location, error)
            _failed_at[self.location] = time.monotonic()
            return self._missed(name, args)

    def _back(self) -> bool:
        """Whether Redis answers again; if so, tell the cache's users before anything is read
        from it."""
        try:
            self.get_client(write=True).ping()
        except UNREACHABLE:
            _failed_at[self.location] = time.monotonic()
            return False
        del _failed_at[self.location]
        logger.warning("Redis at %s answers again", self.location)
        cache_recovered.send(sender=type(self), location=self.location)
        return True

    def _missed(self, name, args):
        if name == "incr":
            raise RedisConnectionError(f"Redis at {self.location} is unreachable")
        if name == "get":
            return args[1]  # the caller's default
        return MISSED[name]

    def add(self, key, value, timeout):
        return self._guarded("add", key, value, timeout)

    def get(self, key, default):
        return self._guarded("get", key, default)

    def set(self, key, value, timeout):
        return self._guarded("set", key, value, timeout)

    def touch(self, key, timeout):
        return self._guarded("touch", key, timeout)

    def delete(self, key):
        return self._guarded("delete", key)

    def get_many(self, keys):
        return self._guarded("get_many", keys)

    def has_key(self, key):
        return self._guarded("has_key", key)

    def incr(self, key, delta):
        return self._guarded("incr", key, delta)

    def set_many(self, data, timeout):
        return self._guarded("set_many", data, timeout)

    def delete_many(self, keys):
        return self._guarded("delete_many", keys)

    def clear(self):
        return self._guarded("clear")


class ResilientRedisCache(RedisCache):
    def __init__(self, server, params):
        super().__init__(server, params)
        self._class = ResilientRedisCacheClient
