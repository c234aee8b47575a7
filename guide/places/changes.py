"""What publishing a place's draft changes on published pages, told to the editor beforehand
("2 itineraries' maximum altitude changes: …") in the preview and after saving the draft."""

from dataclasses import dataclass

from wagtail.models import Page

from guide.core.usage import pages_using

from .models import Place


@dataclass
class PageChange:
    page: Page
    changes: list[str]
    max_altitude: tuple[int | None, int | None] | None = None  # (before, after) when it changes


def _metres(value: int | None) -> str:
    return "unknown" if value is None else f"{value:,} m"


def _highest(places, draft: Place) -> int | None:
    """The highest known elevation among ``places``, the draft standing in for its place."""
    elevations = [draft.elevation_m if p.pk == draft.pk else p.elevation_m for p in places]
    return max((e for e in elevations if e is not None), default=None)


def changes_on_publish(draft: Place) -> list[PageChange]:
    """Each live page whose shown facts change when ``draft`` is published, and how."""
    published = Place.objects.filter(pk=draft.pk).first() if draft.pk else None
    if published is None:
        return []
    elevation_changes = published.elevation_m != draft.elevation_m
    coordinates_change = (published.latitude, published.longitude) != (
        draft.latitude,
        draft.longitude,
    )
    if not (elevation_changes or coordinates_change):
        return []
    found = []
    for page in pages_using(published):
        change = PageChange(page, [])
        changes = change.changes
        if hasattr(page, "all_places"):  # an itinerary: its derived altitudes follow the place
            places = page.all_places()
            before, after = _highest(places, published), _highest(places, draft)
            if before != after:
                change.max_altitude = (before, after)
                changes.append(f"maximum altitude {_metres(before)} → {_metres(after)}")
            if elevation_changes:
                changes.append("elevation profile")
            if coordinates_change:
                changes.append("route map, GPX and GeoJSON")
        else:
            if elevation_changes:
                changes.append(
                    f"elevation {_metres(published.elevation_m)} → {_metres(draft.elevation_m)}"
                )
            if coordinates_change:
                changes.append("coordinates")
        found.append(change)
    return found


def summary(changes: list[PageChange]) -> str:
    """One sentence for the editor: how many pages change, grouped by what changes."""
    altitude = [c for c in changes if c.max_altitude]
    parts = []
    if altitude:
        titles = ", ".join(
            f"{c.page.title} ({_metres(c.max_altitude[0])} → {_metres(c.max_altitude[1])})"
            for c in altitude
        )
        noun = "itinerary's" if len(altitude) == 1 else "itineraries'"
        parts.append(f"{len(altitude)} {noun} maximum altitude changes: {titles}")
    others = [c.page.title for c in changes if c not in altitude]
    if others:
        parts.append(f"{len(others)} more page(s) show the new figures: {', '.join(others)}")
    return "Publishing this changes published pages. " + ". ".join(parts) + "."
