"""The one include a site adds: `path("", include("guide.urls"))`, before Wagtail's own URLs.

It mounts Wagtail's API v2 with the guide's endpoints, Wagtail's API v3 with the guide's typed
routers (redirects, preview and a JSON 404 for unknown guide routes included), a JSON 404 for
any other address under the API prefix, and the sitemap of the visitor site's URLs. Prefixes
come from GUIDE["API_URL_PREFIX"] and GUIDE["SITEMAP_PATH"].
"""

import re

from django.urls import path, re_path

from guide.api.v2 import api_not_found, api_router
from guide.api.v3.routers import api as api_v3
from guide.api.v3.routers import register_guide_api
from guide.core.conf import guide_settings
from guide.core.sitemap import sitemap_view

register_guide_api()

_prefix = guide_settings.API_URL_PREFIX

urlpatterns = [
    path(f"{_prefix}v2/", api_router.urls),
    path(f"{_prefix}v3/", api_v3.urls),
    re_path(rf"^{re.escape(_prefix)}", api_not_found),
    path(guide_settings.SITEMAP_PATH, sitemap_view, name="guide_sitemap"),
]
