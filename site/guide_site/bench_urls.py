"""The site's URLs plus /bench-static/, for `make bench` (guide_site.settings.bench) only."""

from django.conf import settings
from django.urls import re_path
from django.views.static import serve

from .urls import urlpatterns as site_urlpatterns

urlpatterns = [
    # First, so that Wagtail's catch-all page route never sees these paths.
    re_path(r"^bench-static/(?P<path>.*)$", serve, {"document_root": settings.BENCH_STATIC_ROOT}),
    *site_urlpatterns,
]
