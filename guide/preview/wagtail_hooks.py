from urllib.parse import urlencode

from django.shortcuts import redirect
from wagtail import hooks

from guide.core.conf import guide_settings
from guide.core.preview import FRONTEND_PREVIEW_HOOK

from .models import PagePreview


@hooks.register(FRONTEND_PREVIEW_HOOK)
def serve_frontend_preview(page, request):
    """Snapshot the editor's form and send the browser to the frontend with a signed token."""
    preview = PagePreview.create_for(page)
    query = urlencode({"token": preview.token})
    return redirect(f"{guide_settings.FRONTEND_BASE_URL.rstrip('/')}/api/preview?{query}")
