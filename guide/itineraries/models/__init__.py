from .days import DayWaypoint, ItineraryDay, OvernightType, TransportLeg
from .departures import DepartureStatus, ItineraryDeparture
from .pages import (
    Difficulty,
    ItineraryAlternative,
    ItineraryFAQ,
    ItineraryIndexPage,
    ItineraryPage,
    ItinerarySeasonMonth,
    days_prefetch,
)

__all__ = [
    "DayWaypoint",
    "DepartureStatus",
    "Difficulty",
    "ItineraryAlternative",
    "ItineraryDay",
    "ItineraryDeparture",
    "ItineraryFAQ",
    "ItineraryIndexPage",
    "ItineraryPage",
    "ItinerarySeasonMonth",
    "OvernightType",
    "TransportLeg",
    "days_prefetch",
]
