"""The acclimatisation check of an itinerary, night by night.

After the Wilderness Medical Society's guidance on preventing acute mountain sickness: above
about 3,000 m, the altitude slept at should not rise by more than 500 m from one night to the
next, and after every three to four nights of such gains a night without gain (a rest day) is
due. The figures are GUIDE["ACCLIMATISATION"]: "above_m", "max_gain_m" and
"gain_nights_before_rest". The night before the first day counts as spent where the route
starts.

Findings are advice for editors and readers, never a reason to refuse a page: an operator may
know its route better (a night lower down not entered as such, a rest day in a hotel).
"""

from dataclasses import dataclass
from typing import Literal

from guide.core.conf import guide_settings


@dataclass(frozen=True)
class NightFinding:
    day: int  # the day that ends with the night
    kind: Literal["gain", "rest"]
    sleeping_altitude_m: int
    gain_m: int
    message: str


def night_findings(itinerary) -> list[NightFinding]:
    limits = guide_settings.ACCLIMATISATION
    above, max_gain = limits["above_m"], limits["max_gain_m"]
    rest_after = limits["gain_nights_before_rest"]
    start = itinerary.start_place
    previous = start.elevation_m if start else None
    gaining_nights = 0
    findings = []
    for number, day in enumerate(itinerary.ordered_days(), start=1):
        place = day.sleeping_place
        if place is None or place.elevation_m is None:
            continue
        altitude = place.elevation_m
        gain = altitude - previous if previous is not None else 0
        previous = altitude
        if altitude <= above or gain <= 0:
            gaining_nights = 0
            continue
        gaining_nights += 1
        if gain > max_gain:
            findings.append(
                NightFinding(
                    number,
                    "gain",
                    altitude,
                    gain,
                    f"Night {number} at {place.name} ({altitude:,} m) sleeps {gain:,} m higher "
                    f"than the night before; above {above:,} m, at most {max_gain:,} m a night "
                    "is advised.",
                )
            )
        if gaining_nights > rest_after:
            findings.append(
                NightFinding(
                    number,
                    "rest",
                    altitude,
                    gain,
                    f"Night {number} at {place.name} ({altitude:,} m) makes {gaining_nights} "
                    f"nights in a row sleeping higher above {above:,} m; a rest day (a night "
                    f"without gain) is advised after every {rest_after}.",
                )
            )
    return findings
