"""Odd query values on the mounted API answer a 4xx in JSON, never a 500.

The values sit at the edges of what the layers below accept: an operator Wagtail's search does
not know, an offset one past the largest 64-bit integer, a site id far below any real one. Each
is asked anonymously and with an editor's API token, which reaches routes that answer only to
tokens.
"""

import pytest
from wagtail.models import APIToken

SITE_ID = "/api/v3/redirects/?site=-99999999999999999999"

EDGE_URLS = [
    "/api/v2/pages/?search=x&search_operator=xor",
    "/api/v2/images/?search=x&search_operator=xor",
    "/api/v2/documents/?search=x&search_operator=xor",
    "/api/v3/pages/?offset=9223372036854775808",
    "/api/v3/images/?offset=9223372036854775808",
    "/api/v3/documents/?offset=9223372036854775808",
    "/api/v3/redirects/?offset=9223372036854775808",
]


@pytest.fixture
def token_headers(django_user_model):
    editor = django_user_model.objects.create_superuser("editor", "editor@example.com", "x")
    _token, plaintext = APIToken.create_token(user=editor, name="edge inputs")
    return {"HTTP_AUTHORIZATION": f"Bearer {plaintext}"}


def assert_client_error_in_json(response):
    assert 400 <= response.status_code < 500, (response.status_code, response.content[:300])
    assert "json" in response["Content-Type"]
    assert response.json()


@pytest.mark.parametrize("url", [*EDGE_URLS, SITE_ID])
def test_an_edge_input_is_a_client_error_in_json(client, home, url):
    assert_client_error_in_json(client.get(url))


@pytest.mark.parametrize("url", [*EDGE_URLS, SITE_ID])
def test_an_edge_input_with_an_api_token_is_a_client_error_in_json(
    client, home, token_headers, url
):
    assert_client_error_in_json(client.get(url, **token_headers))
