"""A Redis that is killed or frozen costs the site a cache miss, never an error or a long wait;
when it answers again, API responses kept before the outage are no longer served."""

import shutil
import signal
import socket
import subprocess
import time

import pytest
from django.core.cache import caches

from guide.api.store import response_cache
from guide.core import cache as resilient


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture
def own_redis(tmp_path):
    """A redis-server of the test's own on a free port (the machine's shared one is never
    stopped); yields the process."""
    binary = shutil.which("redis-server")
    if binary is None:
        pytest.fail("redis-server is needed (Debian package redis-server)")
    port = free_port()
    process = subprocess.Popen(
        [binary, "--port", str(port), "--bind", "127.0.0.1", "--save", "", "--dir", str(tmp_path)],
        stdout=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
            break
        except OSError:
            time.sleep(0.05)
    process.url = f"redis://127.0.0.1:{port}/0"
    yield process
    process.send_signal(signal.SIGCONT)
    process.kill()
    process.wait()


@pytest.fixture
def redis_cache(own_redis, settings):
    settings.CACHES = {
        **settings.CACHES,
        "resilient": {
            "BACKEND": "guide.core.cache.ResilientRedisCache",
            "LOCATION": own_redis.url,
            "OPTIONS": {"socket_connect_timeout": 0.25, "socket_timeout": 0.25},
        },
    }
    resilient._failed_at.clear()
    yield caches["resilient"]
    resilient._failed_at.clear()


def timed(call):
    started = time.monotonic()
    result = call()
    return result, time.monotonic() - started


def test_a_killed_redis_is_a_miss(own_redis, redis_cache):
    redis_cache.set("place", "Ipsaycocha", 60)
    assert redis_cache.get("place") == "Ipsaycocha"
    own_redis.kill()
    own_redis.wait()
    value, seconds = timed(lambda: redis_cache.get("place", "from the database"))
    assert value == "from the database"
    assert seconds < 1
    redis_cache.set("place", "ignored", 60)  # dropped, not raised
    assert redis_cache.get_many(["a", "b"]) == {}


def test_a_frozen_redis_costs_one_short_wait_then_none(own_redis, redis_cache):
    redis_cache.set("place", "Ipsaycocha", 60)
    own_redis.send_signal(signal.SIGSTOP)
    first, first_seconds = timed(lambda: redis_cache.get("place"))
    later = [timed(lambda: redis_cache.get("place"))[1] for _ in range(20)]
    assert first is None
    assert first_seconds < 1
    assert max(later) < 0.05  # paused: Redis is not asked again for a few seconds
    own_redis.send_signal(signal.SIGCONT)


@pytest.mark.django_db
def test_responses_kept_before_an_outage_are_not_served_after_it(
    own_redis, redis_cache, settings, monkeypatch
):
    settings.GUIDE = {**settings.GUIDE, "RESPONSE_CACHE": "resilient"}
    redis_cache.set(response_cache.GENERATION_KEY, 7, None)
    own_redis.send_signal(signal.SIGSTOP)
    response_cache.clear()  # a publish during the outage: the new generation is not counted
    own_redis.send_signal(signal.SIGCONT)
    monkeypatch.setattr(resilient, "PAUSE_SECONDS", 0)
    # The first read after the outage already sees a new generation: nothing older is served.
    assert redis_cache.get(response_cache.GENERATION_KEY) == 8
