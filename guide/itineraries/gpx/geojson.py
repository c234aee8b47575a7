"""An itinerary as an RFC 7946 FeatureCollection: a LineString per day, a Point per place.

Positions are [longitude, latitude, elevation] in WGS 84 (RFC 7946 has no other system and no
``crs`` member); the elevation is left out where a place has none.
"""


def position(place) -> list[float]:
    coordinates = [float(place.longitude), float(place.latitude)]
    if place.elevation_m is not None:
        coordinates.append(place.elevation_m)
    return coordinates


def line(places) -> dict | None:
    """A day's LineString through the places whose coordinates are known (null with fewer than
    two: RFC 7946 allows a Feature without geometry)."""
    positions = [position(place) for place in places if place.has_coordinates]
    return {"type": "LineString", "coordinates": positions} if len(positions) > 1 else None


def point(place) -> dict | None:
    return {"type": "Point", "coordinates": position(place)} if place.has_coordinates else None


def itinerary_geojson(page) -> dict:
    """The FeatureCollection of a saved itinerary (its days prefetched with their places)."""
    features = []
    for number, day in enumerate(page.ordered_days(), start=1):
        features.append(
            {
                "type": "Feature",
                "id": f"day-{number}",
                "geometry": line(day.route_places()),
                "properties": {
                    "feature": "day",
                    "day": number,
                    "title": day.title,
                    "distance_km": float(day.distance_km) if day.distance_km is not None else None,
                    "ascent_m": day.ascent_m,
                    "descent_m": day.descent_m,
                },
            }
        )
    for place in page.all_places():
        features.append(
            {
                "type": "Feature",
                "id": f"place-{place.slug}",
                "geometry": point(place),
                "properties": {
                    "feature": "place",
                    "name": place.name,
                    "slug": place.slug,
                    "kind": place.kind,
                    "elevation_m": place.elevation_m,
                },
            }
        )
    return {"type": "FeatureCollection", "features": features}
