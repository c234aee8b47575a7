"""Production logging: one JSON line per request on stdout, with the request id; tracebacks of
failures carry the same id. The site runs under gunicorn with its production settings."""

import re

import pytest

from .production_like_urls import FAILURE
from .server import Server


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    folder = tmp_path_factory.mktemp("logging")
    started = Server(folder, f"sqlite:///{folder / 'db.sqlite3'}").start()
    yield started
    started.stop()


def lines_for(server, request_id):
    return [line for line in server.log() if line.get("request_id") == request_id]


def test_each_request_writes_an_access_line_with_the_given_request_id(server):
    response = server.get("/healthz", {"X-Request-ID": "lb-7f3a.42"})
    assert response.status == 200
    assert response.headers["X-Request-ID"] == "lb-7f3a.42"

    [access] = [
        line for line in lines_for(server, "lb-7f3a.42") if line["logger"] == "guide.access"
    ]
    assert access["method"] == "GET"
    assert access["path"] == "/healthz"
    assert access["status"] == 200
    assert isinstance(access["duration_ms"], float) and access["duration_ms"] >= 0
    assert access["level"] == "INFO"
    assert access["time"].endswith("+00:00")


def test_a_missing_or_unusable_request_id_is_replaced_by_a_new_one(server):
    generated = server.get("/healthz").headers["X-Request-ID"]
    assert re.fullmatch(r"[0-9a-f]{32}", generated)
    assert lines_for(server, generated)

    replaced = server.get("/healthz", {"X-Request-ID": "two words"}).headers["X-Request-ID"]
    assert re.fullmatch(r"[0-9a-f]{32}", replaced)


def test_a_failing_view_logs_its_traceback_with_the_request_id(server):
    response = server.get("/ops-test/fail/?token=secret-value")
    assert response.status == 500
    request_id = response.headers["X-Request-ID"]

    lines = lines_for(server, request_id)
    [error] = [line for line in lines if line["logger"] == "django.request"]
    assert error["level"] == "ERROR"
    assert "Traceback (most recent call last)" in error["traceback"]
    assert f"RuntimeError: {FAILURE}" in error["traceback"]
    [access] = [line for line in lines if line["logger"] == "guide.access"]
    assert access["status"] == 500 and access["level"] == "ERROR"
    # The query string, which may hold a preview token, stays out of the log.
    assert access["path"] == "/ops-test/fail/"
    assert "secret-value" not in server.stdout.read_text()
