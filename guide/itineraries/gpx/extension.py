"""The guide's GPX extension: a day's typed figures, carried in its track segment.

The guide keeps no recorded track, only the places a day passes, so an exported segment is those
places joined by straight lines and is shorter than the walk. The day's typed distance, ascent and
descent travel in ``<extensions><guide:day>`` and the importer prefers them to the geometry;
``<guide:geometry>places</guide:geometry>`` says the points are places only, so a day without a
typed figure is imported without one rather than with the straight-line figure.
"""

import xml.etree.ElementTree as ET
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

NAMESPACE = "urn:wagtail-trek-guide:gpx:1"
PREFIX = "guide"
PLACES_ONLY = "places"


def _tag(name: str) -> str:
    return f"{{{NAMESPACE}}}{name}"


@dataclass
class DayExtension:
    number: int | None = None
    title: str = ""
    desc: str = ""
    distance_km: Decimal | None = None
    ascent_m: int | None = None
    descent_m: int | None = None
    geometry: str = ""

    @property
    def places_only(self) -> bool:
        return self.geometry == PLACES_ONLY

    def to_element(self) -> ET.Element:
        day = ET.Element(_tag("day"))
        for name in ("number", "title", "desc", "distance_km", "ascent_m", "descent_m", "geometry"):
            value = getattr(self, name)
            if value not in (None, ""):
                ET.SubElement(day, _tag(name)).text = str(value)
        return day

    @classmethod
    def from_elements(cls, elements) -> "DayExtension | None":
        """The guide's day among a segment's extension elements, or None (another tool's GPX)."""
        for element in elements:
            if element.tag == _tag("day"):
                values = {
                    child.tag.removeprefix(_tag("")): (child.text or "").strip()
                    for child in element
                }
                return cls(
                    number=_number(values.get("number"), int),
                    title=values.get("title", ""),
                    desc=values.get("desc", ""),
                    distance_km=_number(values.get("distance_km"), Decimal),
                    ascent_m=_number(values.get("ascent_m"), int),
                    descent_m=_number(values.get("descent_m"), int),
                    geometry=values.get("geometry", ""),
                )
        return None


def _number(text: str | None, kind):
    if not text:
        return None
    try:
        value = kind(text)
    except (ValueError, InvalidOperation):
        return None
    return value if value >= 0 else None
