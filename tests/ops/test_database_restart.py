"""A PostgreSQL server that goes away under a running site and comes back: while it is down the
site answers 503 (not 500) on the connection it had kept, and once it is back the same worker
serves again without a restart (CONN_HEALTH_CHECKS).

Runs on the PostgreSQL leg of the suite, with a PostgreSQL cluster of its own.
"""

import os

import pytest

from .own_postgres import OwnPostgres
from .server import Server

pytestmark = pytest.mark.skipif(
    not os.environ.get("DATABASE_URL", "").startswith("postgres"),
    reason="runs on the PostgreSQL leg (DATABASE_URL=postgres://...)",
)


@pytest.fixture
def postgres():
    cluster = OwnPostgres()
    if not cluster.available:
        if os.environ.get("CI") == "true":
            pytest.fail("initdb and pg_ctl are required in CI")
        pytest.skip("no initdb/pg_ctl on this machine")
    try:
        yield cluster.create()
    finally:
        cluster.remove()


@pytest.fixture
def server(postgres, tmp_path):
    started = Server(tmp_path, postgres.url).start()
    yield started
    started.stop()


def test_the_site_answers_503_while_postgresql_is_down_and_recovers(postgres, server):
    assert server.get("/readyz").status == 200  # the worker now keeps a connection (60 s)

    postgres.stop()
    readiness = server.get("/readyz")
    assert readiness.status == 503
    assert readiness.json()["failed"] == ["database:default"]
    api = server.get("/api/v2/pages/")
    assert api.status == 503 and api.json()["message"]
    assert api.headers["Retry-After"]
    page = server.get("/")
    assert page.status == 503 and page.headers["Content-Type"].startswith("text/html")
    assert server.get("/healthz").status == 200

    postgres.start()
    assert server.get("/readyz").json() == {"status": "ok", "checks": {"database:default": "ok"}}

    statuses = [line["status"] for line in server.log() if line["logger"] == "guide.access"]
    assert 500 not in statuses and statuses.count(503) >= 3
