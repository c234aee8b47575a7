"""The guide's typed routers, added to Wagtail's own v3 API so there is one OpenAPI document."""

from wagtail.api.v3.urls import api

from .errors import install_error_handlers

__all__ = ["api", "register_guide_routers"]

_registered = False


def register_guide_routers():
    """Add the guide's routers to Wagtail's v3 API instance (before its URLs are built)."""
    global _registered
    if _registered:
        return
    from .routes import faqs, itineraries, pages, place_pages, places, search

    api.add_router("/guide/itineraries/", itineraries.router)
    api.add_router("/guide/destinations/", place_pages.destinations_router)
    api.add_router("/guide/communities/", place_pages.communities_router)
    api.add_router("/guide/pages/", pages.router)
    api.add_router("/guide/places/", places.router)
    api.add_router("/guide/faqs/", faqs.router)
    api.add_router("/guide/search/", search.router)
    install_error_handlers(api)
    _registered = True


def register_guide_fallback():
    """Answer any other GET under /api/v3/guide/ with a JSON 404 instead of the site's HTML 404.

    Call it after every router under /guide/ has been added (it matches every path there).
    """
    from .routes import fallback

    if fallback.router not in (router for _, router in api._routers):
        api.add_router("/guide/", fallback.router)
