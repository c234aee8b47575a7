"""With its database down the site answers 503 with Retry-After, never a 500: JSON under /api/,
a short HTML page elsewhere. The site runs under gunicorn with production settings, pointed at a
PostgreSQL port nothing listens on, or at an SQLite file in a folder that does not exist."""

import pytest

from .server import Server, free_port

DOWN_DATABASES = {
    "postgresql": lambda folder: f"postgres://postgres@127.0.0.1:{free_port()}/guide",
    "sqlite": lambda folder: f"sqlite:///{folder / 'missing' / 'db.sqlite3'}",
}


@pytest.fixture(scope="module", params=sorted(DOWN_DATABASES))
def server(request, tmp_path_factory):
    folder = tmp_path_factory.mktemp(f"down-{request.param}")
    started = Server(folder, DOWN_DATABASES[request.param](folder)).start()
    yield started
    started.stop()


def assert_unavailable(response):
    assert response.status == 503
    assert int(response.headers["Retry-After"]) > 0
    assert "no-store" in response.headers["Cache-Control"]


@pytest.mark.parametrize(
    "path",
    [
        "/api/v2/pages/",
        "/api/v3/guide/itineraries/",
        # A JSON 404 whose redirect lookup (a middleware, after the view) needs the database.
        "/api/v9/nowhere/",
    ],
)
def test_the_api_answers_503_in_json(server, path):
    response = server.get(path)
    assert_unavailable(response)
    assert response.headers["Content-Type"].startswith("application/json")
    assert response.json()["message"]


def test_pages_answer_a_short_html_503(server):
    response = server.get("/")
    assert_unavailable(response)
    assert response.headers["Content-Type"].startswith("text/html")
    assert b"briefly unavailable" in response.body


def test_the_503_is_logged_with_its_traceback_and_request_id(server):
    request_id = server.get("/api/v2/pages/").headers["X-Request-ID"]
    lines = [line for line in server.log() if line.get("request_id") == request_id]
    [error] = [line for line in lines if line["logger"] == "guide.ops"]
    assert error["level"] == "ERROR" and "OperationalError" in error["traceback"]
    assert [line["status"] for line in lines if line["logger"] == "guide.access"] == [503]
    assert all(line.get("status") != 500 for line in server.log() if "status" in line)


def test_health_says_the_process_is_up_and_readiness_names_the_database(server):
    assert server.get("/healthz").json() == {"status": "ok"}
    response = server.get("/readyz")
    assert response.status == 503
    assert response.json()["failed"] == ["database:default"]
