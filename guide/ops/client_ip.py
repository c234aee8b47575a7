"""The client's IP address, for limits kept per client.

Behind reverse proxies REMOTE_ADDR is the nearest proxy, the same for every visitor; each proxy
appends the address it saw to X-Forwarded-For. With GUIDE["TRUSTED_PROXY_COUNT"] = n, the n-th
address from the right is the client: the ones left of it are whatever the client sent.
"""

from guide.core.conf import guide_settings


def client_ip(request) -> str:
    proxies = guide_settings.TRUSTED_PROXY_COUNT
    if proxies:
        forwarded = request.headers.get("X-Forwarded-For", "").split(",")
        forwarded = [address.strip() for address in forwarded if address.strip()]
        if len(forwarded) >= proxies:
            return forwarded[-proxies]
    return request.META.get("REMOTE_ADDR", "")
