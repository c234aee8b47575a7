"""Password forms of restricted pages and documents are limited like the admin sign-in: past five
attempts from one address for one restriction, Wagtail's form answers 429 and checks nothing."""

import pytest
from django.urls import reverse
from wagtail.models import Collection, CollectionViewRestriction, PageViewRestriction

from .server import free_port

PASSWORD = "lares-by-the-pass"  # noqa: S105
VISITOR, OTHER_VISITOR = "192.0.2.10", "198.51.100.20"


@pytest.fixture
def restriction(fresh_limits, home):
    return PageViewRestriction.objects.create(
        page=home, restriction_type=PageViewRestriction.PASSWORD, password=PASSWORD
    )


def form_url(restriction, page_id=None):
    page_id = page_id or restriction.page_id
    return reverse("wagtailcore_authenticate_with_password", args=[restriction.pk, page_id])


def try_password(client, url, password, ip=VISITOR):
    return client.post(url, {"password": password, "return_url": "/"}, REMOTE_ADDR=ip)


def test_the_limits_follow_the_sign_in_limits(settings):
    assert settings.GUIDE["PASSWORD_FORM_ATTEMPTS"] == settings.AXES_FAILURE_LIMIT == 5
    lockout = settings.GUIDE["PASSWORD_FORM_LOCKOUT_SECONDS"]
    assert lockout == settings.AXES_COOLOFF_TIME.total_seconds()


def test_the_sixth_attempt_is_refused_even_with_the_right_password(client, restriction):
    url = form_url(restriction)
    assert client.get("/").status_code == 200  # the password form, not the page
    for _ in range(5):
        response = try_password(client, url, "wrong")
        assert response.status_code == 200  # the form again, with its error
        assert b"password" in response.content.lower()

    sixth = try_password(client, url, "wrong")
    assert sixth.status_code == 429
    assert int(sixth["Retry-After"]) == 15 * 60

    assert try_password(client, url, PASSWORD).status_code == 429
    assert restriction.accept_request(client.get("/").wsgi_request) is False

    # Another address is not locked out by this one.
    assert try_password(client, url, PASSWORD, ip=OTHER_VISITOR).status_code == 302


def test_other_pages_under_the_restriction_share_its_count(client, restriction, itinerary_index):
    for _ in range(5):
        try_password(client, form_url(restriction), "wrong")
    other_page = form_url(restriction, page_id=itinerary_index.pk)
    assert try_password(client, other_page, PASSWORD).status_code == 429


def test_the_right_password_within_the_limit_opens_the_page_and_clears_the_count(
    client, restriction
):
    url = form_url(restriction)
    for _ in range(4):
        try_password(client, url, "wrong")
    assert try_password(client, url, PASSWORD).status_code == 302
    assert restriction.accept_request(client.get("/").wsgi_request) is True
    for _ in range(5):
        assert try_password(client, url, "wrong").status_code == 200


def test_a_document_password_form_is_limited_too(client, fresh_limits):
    collection = Collection.get_first_root_node().add_child(name="Operator contracts")
    restriction = CollectionViewRestriction.objects.create(
        collection=collection,
        restriction_type=CollectionViewRestriction.PASSWORD,
        password=PASSWORD,
    )
    url = reverse("wagtaildocs_authenticate_with_password", args=[restriction.pk])
    statuses = [try_password(client, url, "wrong").status_code for _ in range(6)]
    assert statuses == [200] * 5 + [429]
    assert try_password(client, url, PASSWORD).status_code == 429


def test_without_a_cache_to_count_in_the_form_is_refused(client, restriction, settings):
    settings.CACHES = {
        **settings.CACHES,
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": f"redis://127.0.0.1:{free_port()}/0",
        },
    }
    response = try_password(client, form_url(restriction), PASSWORD)
    assert response.status_code == 503 and response["Retry-After"]
    assert restriction.accept_request(client.get("/").wsgi_request) is False
