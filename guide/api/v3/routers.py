from wagtail.api.v3.urls import api

__all__ = ["api", "register_guide_routers"]


def register_guide_routers():
    """Add the guide's routers to Wagtail's v3 API instance (before its URLs are built)."""
