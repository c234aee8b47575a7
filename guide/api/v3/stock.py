"""Wagtail's own v3 routes (pages, images, documents) under the guide's public rule.

Wagtail builds their anonymous querysets with module-level helpers and has no setting or hook to
change them. Its page rule misses expiry dates (an expired page stays listed until
`publish_scheduled` runs) and lets a session that once held a password see restricted pages and
collections. `apply_public_rule` points those helpers at wrappers that narrow Wagtail's result
with guide.core.visibility for anonymous requests; requests with an API token keep Wagtail's
behaviour. The wrappers replace module attributes, so this is checked by tests/api_v3/test_leaks.py
on every Wagtail upgrade.
"""

import importlib

from django.apps import apps

from guide.core.visibility import Visibility

_PAGES = "wagtail.api.v3.routers.pages"
_MEDIA = {
    "wagtail.images": "wagtail.images.api.v3.router",
    "wagtail.documents": "wagtail.documents.api.v3.router",
}
_APPLIED = "_guide_public_rule"


def _public_pages(original):
    def get_pages_queryset(request, *args, **kwargs):
        queryset = original(request, *args, **kwargs)
        if request.user.is_authenticated:
            return queryset
        return Visibility.for_request(request, any_site=True).filter(queryset)

    setattr(get_pages_queryset, _APPLIED, True)
    return get_pages_queryset


def _restricted_collections(original):
    def get_restricted_collection_ids(request):
        if request.user.is_authenticated:
            return original(request)
        return Visibility.for_request(request, any_site=True).restricted_collection_ids

    setattr(get_restricted_collection_ids, _APPLIED, True)
    return get_restricted_collection_ids


def _wrap(module_name: str, attribute: str, wrapper) -> None:
    module = importlib.import_module(module_name)
    original = getattr(module, attribute)
    if not getattr(original, _APPLIED, False):
        setattr(module, attribute, wrapper(original))


def apply_public_rule() -> None:
    """Idempotent; run before the first request (guide.api.v3.routers does)."""
    _wrap(_PAGES, "get_pages_queryset", _public_pages)
    for app, module_name in _MEDIA.items():
        if apps.is_installed(app):
            _wrap(module_name, "get_restricted_collection_ids", _restricted_collections)
