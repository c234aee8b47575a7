"""The client address the limits count by: REMOTE_ADDR, or the one the nearest trusted proxies
saw when GUIDE["TRUSTED_PROXY_COUNT"] says how many there are."""

import pytest
from django.test import RequestFactory

from guide.ops.client_ip import client_ip

FORWARDED = "203.0.113.99, 192.0.2.10, 10.0.0.1"  # what the client sent, then two proxies


@pytest.mark.parametrize(
    ("proxies", "expected"),
    [(0, "10.0.0.2"), (1, "10.0.0.1"), (2, "192.0.2.10"), (4, "10.0.0.2")],
)
def test_the_address_counted(settings, proxies, expected):
    settings.GUIDE = {**settings.GUIDE, "TRUSTED_PROXY_COUNT": proxies}
    request = RequestFactory().get("/", REMOTE_ADDR="10.0.0.2", HTTP_X_FORWARDED_FOR=FORWARDED)
    assert client_ip(request) == expected
