from django.urls import path
from guide_site.urls import urlpatterns as site_urlpatterns

FAILURE = "a failure the logging test expects"


def fail(request):
    raise RuntimeError(FAILURE)


urlpatterns = [path("ops-test/fail/", fail), *site_urlpatterns]
