"""/healthz answers without the database; /readyz checks the database and any shared cache."""

import importlib.util
import os

import pytest
import redis

from .server import free_port

REDIS_URL = os.environ.get("TEST_REDIS_URL", "redis://127.0.0.1:6379/15")


# Django's Redis cache, and the guide's, which answers a miss instead of failing while Redis
# is away: readiness must see through that.
REDIS_BACKENDS = [
    "django.core.cache.backends.redis.RedisCache",
    pytest.param(
        "guide.core.cache.ResilientRedisCache",
        marks=pytest.mark.skipif(
            importlib.util.find_spec("guide.core.cache") is None, reason="no guide.core.cache"
        ),
    ),
]


def with_redis_cache(settings, backend, location):
    settings.CACHES = {
        **settings.CACHES,
        "shared": {"BACKEND": backend, "LOCATION": location},
    }


def test_healthz_answers_ok_without_a_query(client):
    # No `db` fixture: pytest-django makes any query in this test raise.
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json() == {"status": "ok"}
    assert "no-cache" in response["Cache-Control"]


def test_readyz_answers_ok_when_the_database_is_reachable(client, db):
    response = client.get("/readyz")
    assert response.status_code == 200
    assert response.json() == {"status": "ok", "checks": {"database:default": "ok"}}


@pytest.mark.parametrize("backend", REDIS_BACKENDS)
def test_readyz_names_a_redis_cache_nobody_listens_for(client, db, settings, backend):
    with_redis_cache(settings, backend, f"redis://127.0.0.1:{free_port()}/0")
    response = client.get("/readyz")
    assert response.status_code == 503
    assert response.json() == {
        "status": "unavailable",
        "checks": {"database:default": "ok", "cache:shared": "unavailable"},
        "failed": ["cache:shared"],
    }


@pytest.mark.parametrize("backend", REDIS_BACKENDS)
def test_readyz_checks_a_reachable_redis_cache(client, db, settings, backend):
    try:
        redis.Redis.from_url(REDIS_URL, socket_connect_timeout=2).ping()
    except redis.exceptions.ConnectionError:
        if os.environ.get("CI") == "true":
            raise
        pytest.skip(f"no Redis at {REDIS_URL}")
    with_redis_cache(settings, backend, REDIS_URL)
    response = client.get("/readyz")
    assert response.status_code == 200
    assert response.json()["checks"] == {"database:default": "ok", "cache:shared": "ok"}


def test_health_endpoints_only_read(client, db):
    assert client.post("/healthz").status_code == 405
    assert client.post("/readyz").status_code == 405


def test_database_connections_are_checked_before_reuse(settings):
    assert settings.DATABASES["default"]["CONN_HEALTH_CHECKS"] is True
