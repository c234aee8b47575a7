"""Tells a CDN in front of the API which responses changed, through Wagtail's frontend cache.

A no-op unless `wagtail.contrib.frontend_cache` is installed with WAGTAILFRONTENDCACHE backends
(Cloudflare, CloudFront, Azure, an HTTP purger such as Varnish): see docs/api.md.
"""

from urllib.parse import quote

from django.apps import apps
from django.urls import reverse


def purge_api_urls(rows) -> None:
    """Purge the by-path answer of each stored page whose JSON changed."""
    if not rows or not apps.is_installed("wagtail.contrib.frontend_cache"):
        return
    from wagtail.contrib.frontend_cache.utils import get_backends, purge_urls_from_cache

    if not get_backends():
        return
    by_path = reverse("wagtailapi_v3:guide_pages_by_path")
    purge_urls_from_cache(
        [f"{row.site.root_url}{by_path}?path={quote(row.frontend_path)}" for row in rows]
    )
