"""A JSON 404 for any other GET under /guide/, instead of the site's HTML page."""

from django.http import HttpRequest
from django.urls import register_converter
from ninja import Router

from ..errors import NotFound


class SlashEndedPath:
    """Matches only paths ending in '/', so APPEND_SLASH still redirects '/guide/places'."""

    regex = r"(?:.*/)?"

    def to_python(self, value: str) -> str:
        return value

    def to_url(self, value: str) -> str:
        return value


register_converter(SlashEndedPath, "guide_slash_path")

router = Router(tags=["guide"])


@router.get(
    "/{guide_slash_path:rest}",
    url_name="guide_not_found",
    operation_id="guide_not_found",
    include_in_schema=False,
)
def not_found(request: HttpRequest, rest: str):
    raise NotFound(f"The guide API has no route '{request.path}'.")
