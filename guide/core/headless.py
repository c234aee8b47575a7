"""Guide pages are read through the API and shown by the visitor site, not by Django.

Asked for as HTML at Django's own address, a guide page redirects to the same path on the
visitor site (GUIDE["HTML_PAGES"] = "redirect", the default), or answers 404 ("off"); "serve"
keeps Wagtail's templates. Either way Wagtail's view-restriction checks run first, and the
admin's previews are not affected (they go through serve_preview).
"""

from django.http import Http404
from django.shortcuts import redirect

from .conf import guide_settings
from .structured_data import frontend_url


class HeadlessServeMixin:
    def serve(self, request, *args, **kwargs):
        mode = guide_settings.HTML_PAGES
        if mode == "serve":
            return super().serve(request, *args, **kwargs)
        if mode == "redirect":
            return redirect(frontend_url(self))
        raise Http404("Guide pages are shown by the visitor site.")
