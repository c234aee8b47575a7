"""An itinerary as GPX 1.1: one track, one segment per day, a waypoint per place."""

import gpxpy.gpx
from django.utils.html import strip_tags

from guide.places.models import PlaceKind

from .extension import NAMESPACE, PLACES_ONLY, PREFIX, DayExtension

CREATOR = "Wagtail trek guide"

# Garmin's symbol names, which most GPS apps draw; a kind without one gets a plain flag.
SYMBOLS = {
    PlaceKind.VILLAGE: "Residence",
    PlaceKind.TOWN: "City (Small)",
    PlaceKind.CITY: "City (Large)",
    PlaceKind.PASS: "Summit",
    PlaceKind.LAKE: "Water Source",
    PlaceKind.PEAK: "Summit",
    PlaceKind.HOT_SPRING: "Swimming Area",
    PlaceKind.TRAILHEAD: "Trail Head",
    PlaceKind.STATION: "Ground Transportation",
    PlaceKind.CAMPSITE: "Campground",
    PlaceKind.ARCHAEOLOGICAL_SITE: "Ruins",
    PlaceKind.VALLEY: "Scenic Area",
}
DEFAULT_SYMBOL = "Flag, Blue"


def itinerary_gpx(page) -> str:
    """GPX 1.1 of a saved itinerary (its days prefetched with their places)."""
    gpx = gpxpy.gpx.GPX()
    gpx.creator = CREATOR
    gpx.nsmap[PREFIX] = NAMESPACE
    gpx.name = page.title
    gpx.description = page.summary or None
    days = page.ordered_days()
    # GPX has no point without coordinates: a place whose coordinates are unknown is left out.
    for place in page.all_places():
        if place.has_coordinates:
            gpx.waypoints.append(_waypoint(place))
    track = gpxpy.gpx.GPXTrack(name=page.title)
    track.description = "\n".join(
        f"Day {number}: {day_description(day)}" for number, day in enumerate(days, start=1)
    )
    for number, day in enumerate(days, start=1):
        segment = gpxpy.gpx.GPXTrackSegment()
        for place in filter(lambda place: place.has_coordinates, day.route_places()):
            point = gpxpy.gpx.GPXTrackPoint(
                float(place.latitude),
                float(place.longitude),
                elevation=place.elevation_m,
                name=place.name,
            )
            segment.points.append(point)
        segment.extensions.append(
            DayExtension(
                number=number,
                title=day.title,
                desc=day_description(day),
                distance_km=day.distance_km,
                ascent_m=day.ascent_m,
                descent_m=day.descent_m,
                geometry=PLACES_ONLY,
            ).to_element()
        )
        track.segments.append(segment)
    gpx.tracks.append(track)
    return gpx.to_xml(version="1.1")


def _waypoint(place) -> gpxpy.gpx.GPXWaypoint:
    waypoint = gpxpy.gpx.GPXWaypoint(
        float(place.latitude),
        float(place.longitude),
        elevation=place.elevation_m,
        name=place.name,
        description=place.description or None,
        symbol=SYMBOLS.get(place.kind, DEFAULT_SYMBOL),
        type=place.kind,
    )
    return waypoint


def day_description(day) -> str:
    """One line a GPS app can show: the day's title, route, figures and night."""
    parts = [f"{day.title}. {day.from_place.name} to {day.to_place.name}"]
    figures = []
    if day.distance_km is not None:
        figures.append(f"{day.distance_km} km")
    if day.ascent_m is not None:
        figures.append(f"{day.ascent_m} m up")
    if day.descent_m is not None:
        figures.append(f"{day.descent_m} m down")
    if day.hiking_hours_min is not None:
        figures.append(f"{day.hiking_hours_min}-{day.hiking_hours_max} h hiking")
    if figures:
        parts.append(", ".join(figures))
    if day.sleeping_place:
        parts.append(
            f"Night: {day.get_overnight_type_display().lower()} at {day.sleeping_place.name}"
        )
    text = strip_tags(day.description or "").strip()
    if text:
        parts.append(text)
    return ". ".join(parts) + "."
