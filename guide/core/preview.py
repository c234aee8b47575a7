"""The admin's "Visitor site" preview mode, offered by every guide page type.

Core only declares the mode: serving it (a signed, expiring snapshot handed to the frontend) is
the job of whichever app registers the `guide_serve_frontend_preview` hook, normally
guide.preview. Core therefore does not depend on that app, and without it the pages keep
Wagtail's plain preview.
"""

from wagtail import hooks

FRONTEND_PREVIEW_HOOK = "guide_serve_frontend_preview"
FRONTEND_MODE = "frontend"
# Named, not Wagtail's "" for its default mode: wagtail-localize's translation editor builds a
# preview URL for every mode but the first and has none for an empty name.
PLAIN_MODE = "plain"


def _frontend_preview_server():
    servers = hooks.get_hooks(FRONTEND_PREVIEW_HOOK)
    return servers[-1] if servers else None


class FrontendPreviewMixin:
    """Adds a 'Visitor site' preview mode, first, when an app serves it."""

    @property
    def preview_modes(self):
        if _frontend_preview_server() is None:
            return super().preview_modes
        return [(FRONTEND_MODE, "Visitor site"), (PLAIN_MODE, "Plain page")]

    def serve_preview(self, request, mode_name):
        server = _frontend_preview_server()
        if mode_name != FRONTEND_MODE or server is None:
            return super().serve_preview(request, mode_name)
        return server(self, request)
