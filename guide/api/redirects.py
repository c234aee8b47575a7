"""Wagtail's redirects, resolvable by a frontend that routes paths itself.

As with Wagtail's own RedirectMiddleware, a redirect applies only where no page answers: a
path with a published page gets a 404 here, so a frontend can ask before rendering.
"""

from django.http import HttpRequest
from ninja import Router, Schema, Status
from wagtail.contrib.redirects.models import Redirect
from wagtail.models import Site

from guide.api.v3.visibility import Visibility

router = Router(tags=["guide: redirects"])


class RedirectSchema(Schema):
    old_path: str
    location: str
    permanent: bool


class NotFoundSchema(Schema):
    message: str


@router.get(
    "/",
    response={200: RedirectSchema, 404: NotFoundSchema},
    summary="Resolve a redirect",
    operation_id="guide_redirect_resolve",
)
def resolve_redirect(request: HttpRequest, path: str):
    """The target of the Wagtail redirect for `path`, as an editor set it up in the admin."""
    site = Site.find_for_request(request)
    normalised = Redirect.normalise_path(path[:2000])
    visibility = Visibility.for_request(request)
    if visibility.root is not None and path.startswith("/"):
        url_path = visibility.url_path_for(normalised)
        if visibility.pages().filter(url_path=url_path).exists():
            return Status(404, {"message": f"A published page answers at {path[:200]!r}."})
    redirect = (
        Redirect.get_for_site(site)
        .filter(old_path=normalised)
        .select_related("redirect_page")
        .first()
    )
    if redirect is None or not redirect.link:
        return Status(404, {"message": f"No redirect from {path[:200]!r}."})
    location = redirect.link
    if redirect.redirect_page:
        url_parts = redirect.redirect_page.get_url_parts(request)
        location = url_parts[2] if url_parts else location
    return Status(
        200, {"old_path": normalised, "location": location, "permanent": redirect.is_permanent}
    )
