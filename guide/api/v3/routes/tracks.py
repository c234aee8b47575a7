"""GET /guide/itineraries/{id}/gpx/ and /guide/itineraries/{id}/geojson/: a public itinerary's
route as GPX 1.1 or GeoJSON (RFC 7946).

Both are built from the published page per request (no stored copy: they are small) and pass
through the same caching as the JSON routes: public max-age, an ETag, the shared response cache.
"""

import json

from django.http import HttpRequest, HttpResponse
from django.utils.http import content_disposition_header
from ninja import Router

from guide.core.visibility import Visibility
from guide.itineraries.gpx.export import itinerary_gpx
from guide.itineraries.gpx.geojson import itinerary_geojson
from guide.itineraries.models import ItineraryPage, days_prefetch

from ..errors import NotFound
from ..params import reject_unknown_params
from .common import ERRORS, PageId

router = Router(tags=["guide"])

GPX = "application/gpx+xml"
GEOJSON = "application/geo+json"

_NUMBER = {"type": "number"}
_POSITION = {
    "type": "array",
    "items": _NUMBER,
    "minItems": 2,
    "maxItems": 3,
    "description": "[longitude, latitude, elevation in m] in WGS 84.",
}
_NULLABLE_INT = {"anyOf": [{"type": "integer"}, {"type": "null"}]}


def _feature(geometry: dict, properties: dict, required: list[str]) -> dict:
    return {
        "type": "object",
        "required": ["type", "id", "geometry", "properties"],
        "properties": {
            "type": {"type": "string", "enum": ["Feature"]},
            "id": {"type": "string"},
            # null where the places' coordinates are unknown (RFC 7946, section 3.2)
            "geometry": {"anyOf": [geometry, {"type": "null"}]},
            "properties": {"type": "object", "required": required, "properties": properties},
        },
    }


_DAY_FEATURE = _feature(
    {
        "type": "object",
        "required": ["type", "coordinates"],
        "properties": {
            "type": {"type": "string", "enum": ["LineString"]},
            "coordinates": {"type": "array", "items": _POSITION, "minItems": 2},
        },
    },
    {
        "feature": {"type": "string", "enum": ["day"]},
        "day": {"type": "integer"},
        "title": {"type": "string"},
        "distance_km": {"anyOf": [_NUMBER, {"type": "null"}]},
        "ascent_m": _NULLABLE_INT,
        "descent_m": _NULLABLE_INT,
    },
    ["feature", "day", "title", "distance_km", "ascent_m", "descent_m"],
)
_PLACE_FEATURE = _feature(
    {
        "type": "object",
        "required": ["type", "coordinates"],
        "properties": {"type": {"type": "string", "enum": ["Point"]}, "coordinates": _POSITION},
    },
    {
        "feature": {"type": "string", "enum": ["place"]},
        "name": {"type": "string"},
        "slug": {"type": "string"},
        "kind": {"type": "string"},
        "elevation_m": _NULLABLE_INT,
    },
    ["feature", "name", "slug", "kind", "elevation_m"],
)
GEOJSON_SCHEMA = {
    "type": "object",
    "required": ["type", "features"],
    "properties": {
        "type": {"type": "string", "enum": ["FeatureCollection"]},
        "features": {"type": "array", "items": {"oneOf": [_DAY_FEATURE, _PLACE_FEATURE]}},
    },
}


def _ok(description: str, media_type: str, schema: dict) -> dict:
    # ninja documents the declared responses as JSON; the 200 is written out here instead.
    return {
        "responses": {
            200: {"description": description, "content": {media_type: {"schema": schema}}}
        }
    }


def _public_itinerary(request: HttpRequest, id: int) -> ItineraryPage:
    reject_unknown_params(request)
    page = (
        Visibility.for_request(request)
        .pages(ItineraryPage)
        .filter(pk=id)
        .prefetch_related(*days_prefetch())
        .first()
    )
    if page is None:
        raise NotFound(f"No published itinerary has the id {id}.", param="id")
    return page


def _file(body: str, media_type: str, filename: str, *, attachment: bool) -> HttpResponse:
    response = HttpResponse(body, content_type=f"{media_type}; charset=utf-8")
    response["Content-Disposition"] = content_disposition_header(attachment, filename)
    return response


@router.get(
    "/{id}/gpx/",
    response=ERRORS,
    url_name="guide_itineraries_gpx",
    operation_id="guide_itineraries_gpx",
    summary="Itinerary as GPX",
    openapi_extra=_ok(
        "GPX 1.1: one track with a segment per day, a waypoint per place.",
        GPX,
        {"type": "string", "format": "xml"},
    ),
)
def get_itinerary_gpx(request: HttpRequest, id: PageId):
    page = _public_itinerary(request, id)
    return _file(itinerary_gpx(page), GPX, f"{page.slug}.gpx", attachment=True)


@router.get(
    "/{id}/geojson/",
    response=ERRORS,
    url_name="guide_itineraries_geojson",
    operation_id="guide_itineraries_geojson",
    summary="Itinerary as GeoJSON",
    openapi_extra=_ok(
        "A FeatureCollection: a LineString per day, a Point per place.", GEOJSON, GEOJSON_SCHEMA
    ),
)
def get_itinerary_geojson(request: HttpRequest, id: PageId):
    page = _public_itinerary(request, id)
    body = json.dumps(itinerary_geojson(page), separators=(",", ":"), ensure_ascii=False)
    # Inline: maps fetch it; a browser that opens it still gets a file name to save under.
    return _file(body, GEOJSON, f"{page.slug}.geojson", attachment=False)
