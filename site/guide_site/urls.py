from django.conf import settings
from django.urls import include, path, re_path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from guide.api.preview import router as preview_router
from guide.api.redirects import router as redirects_router
from guide.api.v2 import api_not_found, api_router
from guide.api.v3.routers import api as api_v3
from guide.api.v3.routers import register_guide_fallback, register_guide_routers
from guide.core.sitemap import sitemap_view

register_guide_routers()
api_v3.add_router("/guide/redirects/", redirects_router)
api_v3.add_router("/guide/preview/", preview_router)
register_guide_fallback()  # last: a JSON 404 for any other path under /api/v3/guide/

urlpatterns = [
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("api/v2/", api_router.urls),
    path("api/v3/", api_v3.urls),
    re_path(r"^api/", api_not_found),
    path("sitemap.xml", sitemap_view, name="sitemap"),
]

if settings.DEBUG:
    from django.conf.urls.static import static
    from django.contrib.staticfiles.urls import staticfiles_urlpatterns

    urlpatterns += staticfiles_urlpatterns()
    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

urlpatterns += [path("", include(wagtail_urls))]
