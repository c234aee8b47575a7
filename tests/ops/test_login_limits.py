"""Admin sign-in is limited per username and per client IP (django-axes): five failures, then a
lockout during which even the right password does not sign in."""

import pytest
from django.urls import reverse

PASSWORD = "a-right-password-9d2"  # noqa: S105
LOGIN_URL = reverse("wagtailadmin_login")


@pytest.fixture
def editor(fresh_limits, django_user_model):
    return django_user_model.objects.create_superuser("editor", "editor@example.com", PASSWORD)


def sign_in(client, username, password, ip="192.0.2.10", **headers):
    data = {"username": username, "password": password}
    return client.post(LOGIN_URL, data, REMOTE_ADDR=ip, **headers)


def signed_in(client) -> bool:
    return "_auth_user_id" in client.session


def test_the_limits_are_five_failures_and_fifteen_minutes(settings):
    assert settings.AXES_FAILURE_LIMIT == 5
    assert settings.AXES_COOLOFF_TIME.total_seconds() == 15 * 60
    assert settings.AUTHENTICATION_BACKENDS[0] == "axes.backends.AxesStandaloneBackend"


def test_the_sixth_wrong_password_is_refused_and_the_right_one_then_too(client, editor):
    statuses = [sign_in(client, "editor", "wrong").status_code for _ in range(5)]
    # Four failures show the form again; the fifth locks the account and says so.
    assert statuses == [200, 200, 200, 200, 429]

    sixth = sign_in(client, "editor", "wrong")
    assert sixth.status_code == 429
    assert b"too many login attempts" in sixth.content

    right = sign_in(client, "editor", PASSWORD)
    assert right.status_code == 429
    assert not signed_in(client)
    assert client.get(reverse("wagtailadmin_home")).status_code == 302  # back to the login


def test_a_locked_username_stays_locked_from_another_address(client, editor):
    for _ in range(5):
        sign_in(client, "editor", "wrong", ip="192.0.2.10")
    response = sign_in(client, "editor", PASSWORD, ip="198.51.100.20")
    assert response.status_code == 429
    assert not signed_in(client)


def test_an_address_is_locked_after_failures_over_many_usernames(client, editor, django_user_model):
    django_user_model.objects.create_user("writer", "writer@example.com", PASSWORD)
    for number in range(5):
        sign_in(client, f"guess-{number}", "wrong", ip="192.0.2.10")
    assert sign_in(client, "writer", PASSWORD, ip="192.0.2.10").status_code == 429
    assert not signed_in(client)
    # Elsewhere the same user signs in.
    assert sign_in(client, "writer", PASSWORD, ip="198.51.100.20").status_code == 302
    assert signed_in(client)


def test_a_right_password_under_the_limit_signs_in_and_clears_the_count(client, editor):
    for _ in range(4):
        assert sign_in(client, "editor", "wrong").status_code == 200
    assert sign_in(client, "editor", PASSWORD).status_code == 302
    assert signed_in(client)
    client.logout()
    for _ in range(4):
        assert sign_in(client, "editor", "wrong").status_code == 200


def test_behind_a_proxy_each_client_address_counts_apart(client, editor, settings):
    settings.GUIDE = {**settings.GUIDE, "TRUSTED_PROXY_COUNT": 1}
    proxy = "10.0.0.2"  # every request arrives from the proxy
    for _ in range(5):
        sign_in(client, "nobody", "wrong", ip=proxy, HTTP_X_FORWARDED_FOR="192.0.2.10")
    locked = sign_in(client, "editor", PASSWORD, ip=proxy, HTTP_X_FORWARDED_FOR="192.0.2.10")
    assert locked.status_code == 429
    # A client cannot dodge the lock by sending its own X-Forwarded-For: the proxy appends.
    forged = "203.0.113.99, 192.0.2.10"
    assert (
        sign_in(client, "editor", PASSWORD, ip=proxy, HTTP_X_FORWARDED_FOR=forged).status_code
        == 429
    )
    other = sign_in(client, "editor", PASSWORD, ip=proxy, HTTP_X_FORWARDED_FOR="198.51.100.20")
    assert other.status_code == 302
