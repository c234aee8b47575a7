"""HTTP caching for the public API: short shared caching, revalidated with ETags."""

from django.http import JsonResponse
from django.utils.cache import patch_cache_control

from .conf import guide_settings


def is_api_path(path: str) -> bool:
    return path.startswith("/" + guide_settings.API_URL_PREFIX)


class APICacheControlMiddleware:
    """Marks anonymous API GETs as cacheable; ConditionalGetMiddleware then adds ETag and 304s.

    Responses for signed-in users or previews stay private, so a shared cache never keeps them.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if not is_api_path(request.path) or request.method not in ("GET", "HEAD"):
            return response
        if response.has_header("Cache-Control"):
            return response
        is_private = (
            "preview" in request.path
            or request.headers.get("Authorization")
            or getattr(getattr(request, "user", None), "is_authenticated", False)
        )
        if is_private:
            patch_cache_control(response, private=True, no_store=True)
        elif response.status_code == 200:
            patch_cache_control(response, public=True, max_age=guide_settings.API_CACHE_SECONDS)
        return response


class RejectNulCharactersMiddleware:
    """A NUL character can reach no database (PostgreSQL refuses it): answer 400 up front."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if is_api_path(request.path):
            if "\x00" in request.path:
                return JsonResponse(
                    {"message": "The path must not contain NUL characters.", "param": None},
                    status=400,
                )
            for name, values in request.GET.lists():
                if "\x00" in name or any("\x00" in value for value in values):
                    return JsonResponse(
                        {"message": f"{name!r} must not contain NUL characters.", "param": name},
                        status=400,
                    )
        return self.get_response(request)
