"""The typed facts that prose is compared with: places' elevations, destinations' temperature
ranges, and (read from the object being checked) an itinerary's distances and hours."""

from dataclasses import dataclass
from decimal import Decimal

from guide.destinations.models import DestinationPage
from guide.places.models import Place

from .mentions import PlaceNames


@dataclass(frozen=True)
class TemperatureRange:
    low: Decimal
    high: Decimal
    note: str


class Facts:
    def __init__(self, places: list[Place], temperatures: dict[int, TemperatureRange]):
        self.places = places
        self.names = PlaceNames(places)
        self.temperatures = temperatures

    @classmethod
    def load(cls) -> "Facts":
        temperatures = {}
        # Live pages' published values; one place may have several pages, the first one wins.
        for page in DestinationPage.objects.live().order_by("path"):
            temperatures.setdefault(page.place_id, temperature_range(page))
        return cls(list(Place.objects.all()), {k: v for k, v in temperatures.items() if v})

    def seen_from(self, obj) -> "Facts":
        """The facts as `obj` (a draft being saved) states them itself."""
        if isinstance(obj, Place) and obj.pk:
            places = [obj if place.pk == obj.pk else place for place in self.places]
            return Facts(places, self.temperatures)
        if isinstance(obj, DestinationPage) and obj.place_id:
            temperatures = {**self.temperatures}
            temperatures.pop(obj.place_id, None)
            own = temperature_range(obj)
            if own:
                temperatures[obj.place_id] = own
            return Facts(self.places, temperatures)
        return self


def temperature_range(page: DestinationPage) -> TemperatureRange | None:
    low, high = page.temperature_min_c, page.temperature_max_c
    if low is None and high is None:
        return None
    low = high if low is None else low
    high = low if high is None else high
    return TemperatureRange(Decimal(low), Decimal(high), page.temperature_note)
