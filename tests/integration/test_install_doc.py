"""docs/install.md stays in step with the code: every GUIDE key with its default, the apps and
middleware the demo site needs from the plugin set, and the snippets scripts/test-install applies.

scripts/test-install proves the doc works in a new `wagtail start` project; these checks catch
drift in seconds, without building anything.
"""

from pathlib import Path

from django.conf import settings

from guide.core.conf import DEFAULTS

from .install_from_doc import read_snippets

DOC = Path(__file__).resolve().parents[2] / "docs" / "install.md"
# MIDDLEWARE of a project made by `wagtail start` (Wagtail 8.0).
WAGTAIL_START_MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
]


def doc_settings() -> dict:
    namespace = {"INSTALLED_APPS": [], "MIDDLEWARE": list(WAGTAIL_START_MIDDLEWARE)}
    for code in read_snippets(DOC)["settings"]:
        exec(code, namespace)  # noqa: S102 (our own documentation)
    return namespace


def test_the_doc_lists_every_guide_setting_with_its_default():
    assert doc_settings()["GUIDE"] == DEFAULTS


def test_the_doc_adds_every_guide_app_the_demo_site_installs():
    site_apps = {app for app in settings.INSTALLED_APPS if app.startswith("guide.")}
    site_apps.discard("guide.demo")  # demo content: development and tests only
    assert site_apps <= set(doc_settings()["INSTALLED_APPS"])


def test_the_doc_orders_the_guide_middleware_as_the_demo_site_does():
    middleware = doc_settings()["MIDDLEWARE"]
    added = [name for name in middleware if name not in WAGTAIL_START_MIDDLEWARE]
    site_order = [name for name in settings.MIDDLEWARE if name in added]
    assert added == site_order
    assert middleware[1:3] == [
        "guide.core.middleware.RejectNulCharactersMiddleware",
        "guide.api.store.response_cache.ResponseCacheMiddleware",
    ]
    assert middleware[-2:] == [
        "django.middleware.http.ConditionalGetMiddleware",
        "guide.core.middleware.APICacheControlMiddleware",
    ]


def test_the_doc_has_the_url_snippets_the_install_test_applies():
    snippets = read_snippets(DOC)
    assert len(snippets["urls-import"]) == 1
    [urls] = snippets["urls-before-wagtail"]
    assert 'path("", include("guide.urls")),' in urls.splitlines()[1]
    assert "include(wagtail_urls)" in urls.splitlines()[2]
