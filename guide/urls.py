"""The one include a site adds: `path("", include("guide.urls"))`, before Wagtail's own URLs.

It mounts Wagtail's API v2 with the guide's endpoints, Wagtail's API v3 with the guide's typed
routers (redirects, preview and a JSON 404 for unknown guide routes included; Wagtail's own v3
routes answer only to API tokens), a JSON 404 for any other address under the API prefix, the
sitemap of the visitor site's URLs, and the health checks /healthz and /readyz. Prefixes come
from GUIDE["API_URL_PREFIX"] and GUIDE["SITEMAP_PATH"].
"""

import re

from django.urls import path, re_path

from guide.api.v2 import api_not_found, api_router
from guide.api.v3.routers import api as api_v3
from guide.api.v3.routers import register_guide_api
from guide.api.v3.stock import guard_stock_routes
from guide.core.conf import guide_settings
from guide.core.sitemap import sitemap_view
from guide.ops.health import healthz, readyz

register_guide_api()

_prefix = guide_settings.API_URL_PREFIX
v3_patterns, v3_app_name, v3_namespace = api_v3.urls

urlpatterns = [
    path(f"{_prefix}v2/", api_router.urls),
    path(f"{_prefix}v3/", (guard_stock_routes(v3_patterns), v3_app_name, v3_namespace)),
    re_path(rf"^{re.escape(_prefix)}", api_not_found),
    path(guide_settings.SITEMAP_PATH, sitemap_view, name="guide_sitemap"),
    path("healthz", healthz, name="guide_healthz"),
    path("readyz", readyz, name="guide_readyz"),
]
