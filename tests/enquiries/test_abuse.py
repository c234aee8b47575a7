"""Robots, floods and oversized bodies are refused with a clear answer; real enquiries are not
lost on the way."""

import json
import socket
import time

import pytest

from guide.enquiries.models import Enquiry
from guide.enquiries.tokens import issue_token
from guide.enquiries.visitor import sign_ip

from .conftest import FORM_URL, URL, form_data, old_token

pytestmark = pytest.mark.django_db

SECRET = "shared-with-the-visitor-site"


@pytest.fixture
def limit(settings):
    settings.GUIDE = {
        **settings.GUIDE,
        "ENQUIRY_RATE_LIMIT": {"count": 2, "seconds": 3600},
        "REVALIDATE_SECRET": SECRET,
    }


def as_visitor(ip: str, secret: str = SECRET) -> dict:
    return {"HTTP_X_GUIDE_CLIENT_IP": ip, "HTTP_X_GUIDE_CLIENT_SIGNATURE": sign_ip(ip, secret)}


def test_a_filled_honeypot_is_refused_with_a_generic_message(post):
    response = post(form_data(website="https://cheap-pills.example"))
    assert response.status_code == 400
    assert response.json() == {
        "message": "Your enquiry could not be accepted. Please write to us by email instead.",
        "errors": {},
    }
    assert not Enquiry.objects.exists()


@pytest.mark.parametrize(
    ("token", "message"),
    [
        (None, "The form's token is missing; please reload the page and send again."),
        ("", "The form's token is missing; please reload the page and send again."),
        ("made-up:token:here", "The form's token is not valid; please reload the page and send"),
    ],
)
def test_a_missing_or_forged_token_asks_to_reload_the_form(post, token, message):
    data = form_data(token=token)
    if token is None:
        del data["token"]
    response = post(data)
    assert response.status_code == 400
    assert response.json()["message"].startswith(message)
    assert list(response.json()["errors"]) == ["token"]


def test_a_form_sent_at_once_is_too_fast_and_can_be_sent_again(client, post, operator):
    token = client.get(FORM_URL).json()["token"]
    response = post(form_data(token=token))
    assert response.status_code == 400
    assert response.json() == {
        "message": "The form was sent too fast; please submit it again.",
        "errors": {"token": ["The form was sent too fast; please submit it again."]},
    }
    assert not Enquiry.objects.exists()


def test_a_form_older_than_two_days_has_expired(post):
    response = post(form_data(token=old_token(2 * 24 * 60 * 60 + 60)))
    assert response.status_code == 400
    assert response.json()["message"].startswith("This form has expired; please reload the page")


def test_the_timing_follows_the_settings(post, settings, operator):
    settings.GUIDE = {**settings.GUIDE, "ENQUIRY_MIN_SECONDS": 0}
    assert post(form_data(token=issue_token())).status_code == 201


def test_past_the_limit_a_visitor_is_told_when_to_come_back(post, limit, operator):
    assert [post().status_code for _ in range(2)] == [201, 201]
    response = post()
    assert response.status_code == 429
    assert response.json()["message"].startswith("Too many enquiries have come from your")
    wait = int(response["Retry-After"])
    assert 0 < wait <= 3600
    assert Enquiry.objects.count() == 2


def test_refused_forms_do_not_count_against_the_limit(post, limit, operator):
    for _ in range(3):
        assert post(form_data(email="not an address")).status_code == 400
    assert post().status_code == 201


def test_the_visitor_sites_signed_address_gives_each_visitor_a_limit(post, limit, operator):
    for ip in ("203.0.113.7", "198.51.100.20"):
        assert [post(**as_visitor(ip)).status_code for _ in range(3)] == [201, 201, 429]
    hashes = set(Enquiry.objects.values_list("client_hash", flat=True))
    assert len(hashes) == 2
    # Only a keyed hash of the address is kept, never the address itself.
    for enquiry in Enquiry.objects.all():
        assert "203.0.113.7" not in enquiry.client_hash and len(enquiry.client_hash) == 64


def test_an_unsigned_or_wrongly_signed_address_is_ignored(post, limit, operator):
    wrong = as_visitor("203.0.113.7", secret="guessed")
    unsigned = {"HTTP_X_GUIDE_CLIENT_IP": "198.51.100.20"}
    statuses = [post(**headers).status_code for headers in (wrong, unsigned, wrong)]
    # All three count against the connection's own address.
    assert statuses == [201, 201, 429]


def test_a_signed_value_that_is_no_address_is_ignored(post, limit, operator):
    statuses = [post(**as_visitor(f"visitor-{n}")).status_code for n in (1, 2, 3)]
    assert statuses == [201, 201, 429]


def test_without_a_shared_secret_no_address_is_trusted(post, limit, settings, operator):
    settings.GUIDE = {**settings.GUIDE, "REVALIDATE_SECRET": ""}
    statuses = [post(**as_visitor(f"203.0.113.{n}", secret="")).status_code for n in (1, 2, 3)]
    assert statuses == [201, 201, 429]


def test_a_body_over_the_limit_is_refused_before_it_is_read(client, settings):
    settings.GUIDE = {**settings.GUIDE, "ENQUIRY_MAX_BODY_BYTES": 1024}
    body = json.dumps(form_data(message="x" * 2000))
    response = client.post(URL, body, content_type="application/json")
    assert response.status_code == 413
    assert response.json() == {
        "message": "The enquiry is larger than 1,024 bytes; please shorten your message.",
        "errors": {},
    }
    # The stream is untouched: the declared length alone was enough.
    assert not Enquiry.objects.exists()


def test_the_default_limit_is_16_kib(client):
    body = json.dumps(form_data(message="x" * 17_000))
    response = client.post(URL, body, content_type="application/json")
    assert response.status_code == 413


def test_a_cache_that_is_down_lets_enquiries_through(post, limit, settings, operator):
    with socket.socket() as probe:  # a port nobody listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    settings.CACHES = {
        **settings.CACHES,
        "default": {
            "BACKEND": "guide.core.cache.ResilientRedisCache",
            "LOCATION": f"redis://127.0.0.1:{port}/0",
            "OPTIONS": {"socket_connect_timeout": 0.1, "socket_timeout": 0.1},
        },
    }
    started = time.monotonic()
    statuses = [post().status_code for _ in range(3)]
    assert statuses == [201, 201, 201]
    assert Enquiry.objects.count() == 3
    assert time.monotonic() - started < 10
