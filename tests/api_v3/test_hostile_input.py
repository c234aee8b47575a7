"""Hostile requests to every public endpoint: a JSON 4xx or a normal answer, never a 500.

Wagtail's own v3 endpoints are listed from the served OpenAPI document, so a route Wagtail adds
in an upgrade is covered too; they are called anonymously and with an editor's API token.
"""

from urllib.parse import quote, urlencode

import pytest

HOSTILE_VALUES = [
    "",
    " ",
    "' OR '1'='1",
    "1; DROP TABLE wagtailcore_page; --",
    "1 UNION SELECT password FROM auth_user",
    "-1",
    "0",
    "-99999999999999999999999",
    "9" * 400,
    "1e309",
    "NaN",
    "Infinity",
    "0x1F",
    "1.5",
    "true",
    "[]",
    "{}",
    "null",
    "../../etc/passwd",
    "<script>alert(1)</script>",
    "Ñandú 🏔️ Ipsaycocha",
    "¹",  # a digit to str.isdigit(), not to int()
    "٣",  # an Arabic-Indic three: int() reads it, the database may not
    "\u202e\u200b",
    "%",
    "%00",
    "\x00",
    "a" * 5000,
    "/" + "a/" * 600,
    "lares\ttrek",
    "-title",
    "title,-title",
]

V3 = "/api/v3/guide"
# Each endpoint with the parameters it reads plus one it does not.
ENDPOINTS = {
    f"{V3}/itineraries/": [
        "difficulty",
        "min_days",
        "max_days",
        "max_altitude_above",
        "max_altitude_below",
        "best_month",
        "passes_through",
        "ordering",
        "limit",
        "offset",
        "bogus",
    ],
    f"{V3}/destinations/": ["place_kind", "ordering", "limit", "offset", "bogus"],
    f"{V3}/communities/": ["place_kind", "ordering", "limit", "offset", "bogus"],
    f"{V3}/pages/by-path/": ["path", "bogus"],
    f"{V3}/places/": ["kind", "q", "limit", "offset", "bogus"],
    f"{V3}/faqs/": ["topic", "bogus"],
    f"{V3}/search/": ["q", "limit", "offset", "bogus"],
    f"{V3}/redirects/": ["path", "bogus"],
    f"{V3}/preview/": ["token", "bogus"],
    "/api/v2/pages/": [
        "type",
        "fields",
        "search",
        "order",
        "child_of",
        "descendant_of",
        "limit",
        "offset",
        "bogus",
    ],
    "/api/v2/pages/find/": ["html_path", "id", "bogus"],
    "/api/v2/places/": ["fields", "kind", "search", "limit", "bogus"],
    "/api/v2/faqs/": ["fields", "limit", "bogus"],
    "/api/v2/images/": ["fields", "limit", "bogus"],
}
DETAIL_PATHS = [
    f"{V3}/itineraries/",
    f"{V3}/destinations/",
    f"{V3}/communities/",
    f"{V3}/places/",
    "/api/v2/pages/",
    "/api/v2/places/",
    "/api/v2/faqs/",
]
ALLOWED = {200, 301, 302, 400, 401, 403, 404}
# Wagtail's own v3 endpoints answer invalid input with 422 (RFC 7807 problem documents).
STOCK_ALLOWED = ALLOWED | {422}
JSON_TYPES = ("application/json", "application/problem+json")


def hostile_urls(endpoint, params):
    for value in HOSTILE_VALUES:
        for param in params:
            yield f"{endpoint}?{urlencode({param: value})}"
    yield f"{endpoint}?{'&'.join(f'{params[0]}={n}' for n in range(50))}"  # repeated
    yield f"{endpoint}?" + "&".join(f"p{n}=x" for n in range(200))  # many unknown


def assert_answered(client, url, allowed=ALLOWED, **headers):
    response = client.get(url, **headers)
    assert response.status_code in allowed, (url[:200], response.status_code)
    if response.status_code >= 400 and url.startswith("/api/"):
        assert response["Content-Type"].startswith(JSON_TYPES), url[:200]
        assert response.json(), url[:200]
    return response.status_code


@pytest.mark.django_db
@pytest.mark.parametrize("endpoint", sorted(ENDPOINTS))
def test_hostile_query_parameters(client, trek, endpoint):
    urls = list(hostile_urls(endpoint, ENDPOINTS[endpoint]))
    assert len(urls) >= 50
    statuses = [assert_answered(client, url) for url in urls]
    assert 400 in statuses  # the bad input was noticed, not silently accepted everywhere


@pytest.mark.django_db
@pytest.mark.parametrize("prefix", DETAIL_PATHS)
def test_hostile_detail_ids(client, trek, prefix):
    for value in HOSTILE_VALUES:
        segment = value.replace("/", "%2F").replace("?", "%3F").replace("#", "%23") or "x"
        assert_answered(client, f"{prefix}{segment}/")


# Filters Wagtail reads from the fields of each model, on top of the declared parameters.
STOCK_FIELD_FILTERS = {
    "/api/v3/pages/": ["id", "pk", "title", "slug", "first_published_at", "locale", "bogus"],
    "/api/v3/redirects/": ["id", "old_path", "site", "is_permanent", "redirect_page", "bogus"],
    "/api/v3/images/": ["id", "title", "width", "height", "bogus"],
    "/api/v3/documents/": ["id", "title", "bogus"],
}


def stock_get_routes(client) -> dict[str, list[str]]:
    """Each GET route of Wagtail's own v3 API: its path and the query parameters it declares."""
    document = client.get("/api/v3/openapi.json").json()
    routes = {}
    for path, operations in document["paths"].items():
        if path.startswith(f"{V3}/") or "get" not in operations:
            continue
        parameters = operations["get"].get("parameters", [])
        query = [param["name"] for param in parameters if param["in"] == "query"]
        routes[path] = query + STOCK_FIELD_FILTERS.get(path, ["bogus"])
    return routes


def fill_path(path: str, trek, **overrides) -> str:
    """A route's path with real values for its path parameters (or ``overrides``)."""
    values = {
        "page_id": trek.pk,
        "revision_id": trek.latest_revision_id,
        "site_id": 1,
        "type_name": "guide_itineraries.ItineraryPage",
        "type": "guide_faqs.FAQ",
        "pk": 1,
        "redirect_id": 1,
        "image_id": trek.hero_image_id or 1,
        "document_id": 1,
    }
    values.update(overrides)
    for name, value in values.items():
        path = path.replace(f"{{{name}}}", quote(str(value), safe=""))
    assert "{" not in path, path
    return path


@pytest.mark.django_db
@pytest.mark.parametrize("with_token", [False, True], ids=["anonymous", "token"])
def test_hostile_input_to_wagtails_own_v3_endpoints(client, trek, bearer, with_token):
    from wagtail.contrib.redirects.models import Redirect

    Redirect.objects.create(old_path="/old", redirect_page=trek)
    headers = bearer if with_token else {}
    routes = stock_get_routes(client)
    assert {"/api/v3/pages/", "/api/v3/redirects/", "/api/v3/images/"} <= set(routes)
    for route, params in routes.items():
        endpoint = fill_path(route, trek)
        for url in hostile_urls(endpoint, params):
            assert_answered(client, url, STOCK_ALLOWED, **headers)
        for name in {part[1:-1] for part in route.split("/") if part.startswith("{")}:
            for value in HOSTILE_VALUES:
                url = fill_path(route, trek, **{name: value or "x"})
                assert_answered(client, url, STOCK_ALLOWED, **headers)


@pytest.mark.django_db
def test_numbers_too_large_for_the_database_are_refused(client, trek, bearer):
    # Refused before the query on both databases (SQLite could not bind it, PostgreSQL would
    # quietly match nothing).
    response = client.get("/api/v3/redirects/?site=-99999999999999999999", **bearer)
    assert response.status_code == 400
    assert response["Content-Type"] == "application/problem+json"
    response = client.get("/api/v3/pages/?offset=" + "9" * 40, **bearer)
    assert response.status_code == 400
    assert response["Content-Type"] == "application/problem+json"
