"""Which itineraries pass which places: one rule for the pages, API v2 and API v3.

An itinerary passes a place when one of its days starts, ends or sleeps there, or passes it on
the way (a waypoint).
"""

from django.db.models import Exists, OuterRef, Q

from .models import DayWaypoint, ItineraryDay

DAY_PLACE_FIELDS = ("from_place", "to_place", "overnight_place")


def _day_touches(places_lookup: str, value) -> Q:
    match = Q()
    for field in DAY_PLACE_FIELDS:
        match |= Q(**{f"{field}{places_lookup}": value})
    return match


def passes_through_q(place) -> Q:
    """Filters an ItineraryPage queryset to the itineraries that pass `place`."""
    days = ItineraryDay.objects.filter(_day_touches("", place), itinerary=OuterRef("pk"))
    waypoints = DayWaypoint.objects.filter(day__itinerary=OuterRef("pk"), place=place)
    return Q(Exists(days)) | Q(Exists(waypoints))


def itineraries_passing(place_ids, itineraries) -> dict[int, list]:
    """For each place id, the itineraries of the `itineraries` queryset passing it, in tree order.

    Three queries whatever the number of places, so a listing of communities stays bounded.
    """
    place_ids = set(place_ids)
    pairs = set()
    days = ItineraryDay.objects.filter(_day_touches("__in", place_ids), itinerary__in=itineraries)
    for itinerary_id, *day_places in days.values_list(
        "itinerary_id", *(f"{field}_id" for field in DAY_PLACE_FIELDS)
    ):
        pairs.update((place, itinerary_id) for place in day_places if place in place_ids)
    waypoints = DayWaypoint.objects.filter(place_id__in=place_ids, day__itinerary__in=itineraries)
    pairs.update(waypoints.values_list("place_id", "day__itinerary_id"))

    passing = {place_id: [] for place_id in place_ids}
    if pairs:
        pages = itineraries.filter(pk__in={itinerary for _, itinerary in pairs}).order_by("path")
        for page in pages:
            for place_id, itinerary_id in pairs:
                if itinerary_id == page.pk:
                    passing[place_id].append(page)
    return passing
