"""Wagtail's redirects, resolvable by a frontend that routes paths itself.

As with Wagtail's own RedirectMiddleware, a redirect applies only where no page answers: a
path with a published page gets a 404 here. The by-path route answers the same redirect itself
when it finds no page, so a page render asks once; this route serves callers that only want the
redirect (the frontend's proxy, before it renders anything).
"""

from django.http import HttpRequest
from ninja import Router, Schema, Status
from wagtail.contrib.redirects.models import Redirect
from wagtail.models import Site

from guide.core.locales import frontend_path
from guide.core.visibility import Visibility

from .v3.schemas.pages import GuideRedirect

router = Router(tags=["guide: redirects"])


class GuideNotFound(Schema):
    message: str


def find_redirect(request: HttpRequest, path: str) -> dict | None:
    """The editor's redirect from ``path`` on the request's site, as a GuideRedirect, or None.

    A redirect to a page the public may not see (a draft, a private or an expired page) counts
    as none: following it would name that page's path.
    """
    site = Site.find_for_request(request)
    normalised = Redirect.normalise_path(path[:2000])
    redirect = (
        Redirect.get_for_site(site)
        .filter(old_path=normalised)
        .select_related("redirect_page")
        .first()
    )
    if redirect is None or not redirect.link:
        return None
    location = redirect.link
    if redirect.redirect_page:
        if not Visibility.for_request(request, any_site=True).is_visible(redirect.redirect_page):
            return None
        location = frontend_path(redirect.redirect_page)
    return {
        "type": "redirect",
        "old_path": normalised,
        "location": location,
        "permanent": redirect.is_permanent,
    }


@router.get(
    "/",
    response={200: GuideRedirect, 404: GuideNotFound},
    summary="Resolve a redirect",
    operation_id="guide_redirect_resolve",
)
def resolve_redirect(request: HttpRequest, path: str):
    """The target of the Wagtail redirect for `path`, as an editor set it up in the admin."""
    visibility = Visibility.for_request(request)
    if visibility.root is not None and path.startswith("/"):
        url_path = visibility.url_path_for(Redirect.normalise_path(path[:2000]))
        if visibility.pages().filter(url_path=url_path).exists():
            return Status(404, {"message": f"A published page answers at {path[:200]!r}."})
    redirect = find_redirect(request, path)
    if redirect is None:
        return Status(404, {"message": f"No redirect from {path[:200]!r}."})
    return Status(200, redirect)
