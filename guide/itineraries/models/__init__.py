from .days import DayWaypoint, ItineraryDay, OvernightType, TransportLeg
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
    "Difficulty",
    "ItineraryAlternative",
    "ItineraryDay",
    "ItineraryFAQ",
    "ItineraryIndexPage",
    "ItineraryPage",
    "ItinerarySeasonMonth",
    "OvernightType",
    "TransportLeg",
    "days_prefetch",
]
