"""Whose enquiry this is: the visitor's address, for the rate limit and the stored hash.

The visitor site posts enquiries from its own server, so every request it makes comes from the
same address. It names the visitor's address in X-Guide-Client-IP and proves it with
X-Guide-Client-Signature, the hex HMAC-SHA256 of that header's value keyed with
GUIDE["REVALIDATE_SECRET"] (the secret the two already share for the revalidation webhook).
Without a valid pair, the address is the connection's own (guide.ops.client_ip), so nobody can
pick an address to escape the limit.
"""

import hashlib
import hmac
import ipaddress
import logging

from django.conf import settings

from guide.core.conf import guide_settings
from guide.ops.client_ip import client_ip

IP_HEADER = "X-Guide-Client-IP"
SIGNATURE_HEADER = "X-Guide-Client-Signature"

logger = logging.getLogger(__name__)


def sign_ip(ip: str, secret: str) -> str:
    return hmac.new(secret.encode(), ip.encode(), hashlib.sha256).hexdigest()


def visitor_ip(request) -> str:
    named = request.headers.get(IP_HEADER, "").strip()
    if not named:
        return client_ip(request)
    secret = guide_settings.REVALIDATE_SECRET
    signature = request.headers.get(SIGNATURE_HEADER, "").strip().lower()
    if secret and hmac.compare_digest(signature, sign_ip(named, secret)):
        try:
            return ipaddress.ip_address(named).compressed
        except ValueError:
            pass
    # A misconfigured visitor site would make all its visitors share one limit: say so.
    logger.warning("Ignoring %s without a valid %s", IP_HEADER, SIGNATURE_HEADER)
    return client_ip(request)


def visitor_hash(ip: str) -> str:
    """A keyed hash of the address: the same visitor gives the same hash, and the address
    cannot be read back from it without the site's SECRET_KEY."""
    key = f"guide.enquiries.visitor:{settings.SECRET_KEY}".encode()
    return hmac.new(key, ip.encode(), hashlib.sha256).hexdigest()
