"""Unit conversions. The database stores SI units; these give the other system for display."""

from decimal import Decimal

FEET_PER_METRE = Decimal("3.28084")
MILES_PER_KILOMETRE = Decimal("0.621371")


def metres_to_feet(metres: int | Decimal | None) -> int | None:
    if metres is None:
        return None
    return int((Decimal(metres) * FEET_PER_METRE).quantize(Decimal("1")))


def kilometres_to_miles(kilometres: Decimal | float | None) -> Decimal | None:
    if kilometres is None:
        return None
    return (Decimal(str(kilometres)) * MILES_PER_KILOMETRE).quantize(Decimal("0.1"))


def celsius_to_fahrenheit(celsius: int | Decimal | None) -> int | None:
    if celsius is None:
        return None
    return int((Decimal(celsius) * Decimal("1.8") + 32).quantize(Decimal("1")))


def format_duration(minutes: int | None) -> str:
    """Minutes as '3 h 20 min', the way a timetable reads."""
    if minutes is None:
        return ""
    hours, rest = divmod(int(minutes), 60)
    if hours and rest:
        return f"{hours} h {rest} min"
    return f"{hours} h" if hours else f"{rest} min"
