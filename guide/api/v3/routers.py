"""The guide's typed routers, added to Wagtail's own v3 API so there is one OpenAPI document."""

from django.apps import apps
from wagtail.api.v3.urls import api

from .errors import install_error_handlers

__all__ = ["api", "register_guide_api"]

_registered = False


def register_guide_api():
    """Add the guide's routers to Wagtail's v3 API instance, before its URLs are built.

    Idempotent. The fallback comes last: it answers any other GET under /guide/ with a JSON 404
    instead of the site's HTML page, so it must follow every router under /guide/.
    """
    global _registered
    if _registered:
        return
    from guide.api.preview import router as preview_router
    from guide.api.redirects import router as redirects_router

    from .routes import (
        departures,
        fallback,
        faqs,
        itineraries,
        operator,
        pages,
        place_pages,
        places,
        search,
        tracks,
    )

    api.add_router("/guide/itineraries/", itineraries.router)
    api.add_router("/guide/itineraries/", tracks.router)
    api.add_router("/guide/destinations/", place_pages.destinations_router)
    api.add_router("/guide/communities/", place_pages.communities_router)
    api.add_router("/guide/pages/", pages.router)
    api.add_router("/guide/departures/", departures.router)
    api.add_router("/guide/operator/", operator.router)
    api.add_router("/guide/places/", places.router)
    api.add_router("/guide/faqs/", faqs.router)
    api.add_router("/guide/search/", search.router)
    api.add_router("/guide/redirects/", redirects_router)
    api.add_router("/guide/preview/", preview_router)
    if apps.is_installed("guide.enquiries"):  # optional: a site may leave enquiries out
        from guide.enquiries.api import router as enquiries_router

        api.add_router("/guide/enquiries/", enquiries_router)
    api.add_router("/guide/", fallback.router)
    install_error_handlers(api)
    _registered = True
