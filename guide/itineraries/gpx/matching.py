"""Which Place a GPX point stands for: by name or alias, else by distance."""

import math

from guide.places.names import name_key

MATCH_RADIUS_M = 300
EARTH_RADIUS_M = 6_371_000


def distance_m(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance (haversine) in metres."""
    phi1, phi2 = math.radians(lat1), math.radians(lat2)
    dphi, dlambda = phi2 - phi1, math.radians(lon2 - lon1)
    a = math.sin(dphi / 2) ** 2 + math.cos(phi1) * math.cos(phi2) * math.sin(dlambda / 2) ** 2
    return 2 * EARTH_RADIUS_M * math.asin(math.sqrt(a))


def _has_position(place) -> bool:
    return place.latitude is not None and place.longitude is not None


class PlaceIndex:
    """The places to match against, looked up by normalized name and alias, then by distance."""

    def __init__(self, places, radius_m: float = MATCH_RADIUS_M):
        self.places = list(places)
        self.radius_m = radius_m
        self.by_name = {}
        for place in self.places:
            for name in (place.name, *place.alias_list):
                self.by_name.setdefault(name_key(name), place)

    def find(self, name: str | None, latitude: float, longitude: float):
        """(place, "name" or "distance") or (None, "") when nothing matches."""
        place = self.by_name.get(name_key(name)) if name_key(name) else None
        if place is not None:
            return place, "name"
        nearest = self.nearest(latitude, longitude)
        return (nearest, "distance") if nearest is not None else (None, "")

    def nearest(self, latitude: float, longitude: float):
        best, best_distance = None, self.radius_m
        for place in self.places:
            if not _has_position(place):
                continue
            gap = distance_m(latitude, longitude, float(place.latitude), float(place.longitude))
            if gap <= best_distance:
                best, best_distance = place, gap
        return best
