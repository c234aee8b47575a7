"""Wagtail's own v3 routes (pages, images, documents, redirects, snippets, sites) answer only
to API tokens.

Public readers use the guide's routes (/api/v3/guide/...), which apply the guide's public rule.
Wagtail's own routes read with Wagtail's rules, which miss expiry dates (an expired page stays
listed until `publish_scheduled` runs) and let a session that once held a password see
restricted pages; so an anonymous request to them gets a 401 problem document naming the
guide's routes. A request with a valid `Authorization: Bearer <token>` (tokens come from
Wagtail's `api_tokens` command) keeps Wagtail's behaviour and permissions. The OpenAPI document
and its browsable docs stay public.
"""

from functools import wraps

from wagtail.api.v3.auth import BearerTokenAuth
from wagtail.api.v3.errors import problem_response

PUBLIC_ROUTES = ("guide/", "openapi.json", "docs/")
_GUARDED = "_guide_tokens_only"


def _has_valid_token(request) -> bool:
    scheme, _, token = request.headers.get("Authorization", "").partition(" ")
    if scheme.lower() != "bearer" or not token.strip():
        return False
    return BearerTokenAuth().authenticate(request, token.strip()) is not None


def tokens_only(view):
    @wraps(view)
    def guarded(request, *args, **kwargs):
        if not _has_valid_token(request):
            return problem_response(
                status=401,
                detail="Wagtail's own API routes need an API token; public readers use "
                "the guide's routes under /api/v3/guide/.",
            )
        return view(request, *args, **kwargs)

    setattr(guarded, _GUARDED, True)
    return guarded


def guard_stock_routes(patterns) -> list:
    """``patterns`` (Wagtail's v3 URL patterns) with every route but the guide's and the
    OpenAPI document's behind ``tokens_only``. Idempotent."""
    for pattern in patterns:
        route = str(pattern.pattern)
        if route.startswith(PUBLIC_ROUTES) or getattr(pattern.callback, _GUARDED, False):
            continue
        pattern.callback = tokens_only(pattern.callback)
    return patterns
