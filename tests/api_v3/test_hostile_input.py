"""Hostile requests to every public endpoint: a JSON 4xx or a normal answer, never a 500."""

from urllib.parse import urlencode

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


def hostile_urls(endpoint, params):
    for value in HOSTILE_VALUES:
        for param in params:
            yield f"{endpoint}?{urlencode({param: value})}"
    yield f"{endpoint}?{'&'.join(f'{params[0]}={n}' for n in range(50))}"  # repeated
    yield f"{endpoint}?" + "&".join(f"p{n}=x" for n in range(200))  # many unknown


def assert_answered(client, url):
    response = client.get(url)
    assert response.status_code in ALLOWED, (url[:200], response.status_code)
    if response.status_code >= 400 and url.startswith("/api/"):
        assert response["Content-Type"].startswith("application/json"), url[:200]
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
