"""The acclimatisation check flags exactly the nights that rise too fast or too long."""

from decimal import Decimal

import pytest

from guide.itineraries.acclimatisation import night_findings
from guide.places.models import PlaceKind
from tests.factories import PlaceFactory, build_day

pytestmark = pytest.mark.django_db


def camp(name: str, metres: int):
    return PlaceFactory(
        name=name,
        kind=PlaceKind.CAMPSITE,
        elevation_m=metres,
        latitude=Decimal("-13.2"),
        longitude=Decimal("-72.1"),
    )


def climb(make_itinerary, altitudes: list[int], title="Synthetic climb"):
    """An itinerary starting at the first altitude and sleeping at each of the others."""
    stops = [camp(f"Camp {metres}", metres) for metres in altitudes]
    days = [
        build_day(f"Day {number}", start, end, overnight_type="camp")
        for number, (start, end) in enumerate(zip(stops, stops[1:], strict=False), start=1)
    ]
    return make_itinerary(title, days)


def test_nights_rising_600_m_above_3000_m_are_flagged_and_only_those(make_itinerary):
    itinerary = climb(make_itinerary, [3000, 3600, 4200, 4150, 4600, 4550])
    findings = night_findings(itinerary)
    assert [(finding.day, finding.kind) for finding in findings] == [(1, "gain"), (2, "gain")]
    assert findings[0].gain_m == 600
    assert "at most 500 m a night" in findings[0].message


def test_gains_below_the_threshold_altitude_do_not_count(make_itinerary):
    itinerary = climb(make_itinerary, [1000, 1900, 2800, 3000])
    assert night_findings(itinerary) == []


def test_a_fourth_night_of_gains_without_rest_is_flagged(make_itinerary):
    itinerary = climb(make_itinerary, [3000, 3300, 3600, 3900, 4200, 4200, 4500])
    findings = night_findings(itinerary)
    assert [(finding.day, finding.kind) for finding in findings] == [(4, "rest")]
    assert "4 nights in a row" in findings[0].message


def test_the_thresholds_come_from_the_guide_setting(make_itinerary, settings):
    settings.GUIDE = {
        **settings.GUIDE,
        "ACCLIMATISATION": {"above_m": 2500, "max_gain_m": 300, "gain_nights_before_rest": 9},
    }
    itinerary = climb(make_itinerary, [2400, 2800, 3000])
    assert [(finding.day, finding.kind) for finding in night_findings(itinerary)] == [(1, "gain")]


def test_both_apis_show_the_findings(client, make_itinerary):
    itinerary = climb(make_itinerary, [3000, 3600, 3700])
    v3 = client.get(f"/api/v3/guide/itineraries/{itinerary.pk}/").json()["acclimatisation"]
    v2 = client.get(f"/api/v2/pages/{itinerary.pk}/").json()["acclimatisation"]
    assert v3 == v2
    assert [(item["day"], item["kind"], item["gain"]["m"]) for item in v3] == [(1, "gain", 600)]
    assert v3[0]["sleeping_altitude"] == {"m": 3600, "ft": 11811}


def test_a_first_night_counts_from_where_the_route_starts(lares_trek):
    # This test trek starts at the hot springs (3,090 m), not in Cusco as the demo's do, and
    # sleeps at Huacahuasi (3,800 m): 710 m in one night.
    [finding] = night_findings(lares_trek)
    assert (finding.day, finding.kind, finding.gain_m) == (1, "gain", 710)
