from decimal import Decimal

import pytest

from guide.core.units import (
    celsius_to_fahrenheit,
    format_duration,
    kilometres_to_miles,
    metres_to_feet,
)


@pytest.mark.parametrize(
    ("metres", "feet"),
    [(4450, 14600), (2792, 9160), (8849, 29032), (-430, -1411), (0, 0), (Decimal("3800"), 12467)],
)
def test_metres_to_feet_rounds_to_whole_feet(metres, feet):
    assert metres_to_feet(metres) == feet


@pytest.mark.parametrize(
    ("kilometres", "miles"),
    [
        (Decimal("33.0"), Decimal("20.5")),
        (Decimal("7.5"), Decimal("4.7")),
        (10, Decimal("6.2")),
        (2.5, Decimal("1.6")),
    ],
)
def test_kilometres_to_miles_gives_one_decimal(kilometres, miles):
    assert kilometres_to_miles(kilometres) == miles


@pytest.mark.parametrize(("celsius", "fahrenheit"), [(0, 32), (100, 212), (-5, 23), (38, 100)])
def test_celsius_to_fahrenheit(celsius, fahrenheit):
    assert celsius_to_fahrenheit(celsius) == fahrenheit


@pytest.mark.parametrize(
    ("minutes", "text"),
    [(200, "3 h 20 min"), (60, "1 h"), (45, "45 min"), (0, "0 min"), (125, "2 h 5 min")],
)
def test_format_duration_reads_like_a_timetable(minutes, text):
    assert format_duration(minutes) == text


def test_missing_values_stay_missing():
    assert metres_to_feet(None) is None
    assert kilometres_to_miles(None) is None
    assert celsius_to_fahrenheit(None) is None
    assert format_duration(None) == ""
