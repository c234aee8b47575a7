"""Guide pages are read through the API and shown by the visitor site, not by Django.

Asked for as HTML at Django's own address, a guide page redirects to the same path on the
visitor site (GUIDE["HTML_PAGES"] = "redirect", the default), or answers 404 ("off"); "serve"
keeps Wagtail's templates. Either way Wagtail's view-restriction checks run first, and the
admin's previews are not affected (they go through serve_preview).

A guide page's URL (`page.url`, `{% pageurl %}`, the admin's "View live" and its live status
link) is therefore its address on the visitor site, unless Django serves the HTML itself.
Wagtail's `full_url` stays Django's: the admin's plain preview builds its request from it.
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

    def get_url(self, request=None, current_site=None):
        if guide_settings.HTML_PAGES == "serve":
            return super().get_url(request=request, current_site=current_site)
        if not self._get_relevant_site_root_paths(request):
            return None  # not under any site: nowhere to read it
        return frontend_url(self)

    url = property(get_url)
