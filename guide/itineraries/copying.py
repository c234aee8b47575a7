"""Copying days between itineraries, and walking days the other way.

Everything here works on unsaved, in-memory days (modelcluster relations), so that the page
editor can put the result into a draft, a preview or a published revision like any other edit.
"""

import re

from django.core.exceptions import ValidationError
from django.db import models

from .models.days import DayWaypoint, ItineraryDay, TransportLeg

# Set anew on each copy: the copy's own row, its parent, place in the list and language.
NOT_COPIED = {"id", "itinerary", "day", "sort_order", "translation_key", "locale"}

DAY_NUMBERS_FORMAT = 'Give day numbers such as "1-3", "2" or "1,3".'
DAY_RANGE = re.compile(r"^(\d+)\s*(?:[-–]\s*(\d+))?$")


def parse_day_numbers(text: str, day_count: int) -> list[int]:
    """The day numbers of ``text`` ("1-3", "2", "1,3", "1-2, 4") in the order written; an empty
    text means every day. Raises ValidationError naming the first number that does not fit an
    itinerary of ``day_count`` days."""
    if not text.strip():
        return list(range(1, day_count + 1))
    numbers = []
    for part in text.split(","):
        match = DAY_RANGE.match(part.strip())
        if not match:
            raise ValidationError(DAY_NUMBERS_FORMAT)
        first = int(match[1])
        last = int(match[2]) if match[2] else first
        if last < first:
            raise ValidationError(f"Write the range {first}-{last} as {last}-{first}.")
        if first < 1:
            raise ValidationError("Days are numbered from 1.")
        if last > day_count:
            raise ValidationError(f"The {day_count}-day itinerary has no day {last}.")
        numbers.extend(range(first, last + 1))
    repeated = next((number for number in numbers if numbers.count(number) > 1), None)
    if repeated is not None:
        raise ValidationError(f"Day {repeated} is named twice.")
    return numbers


def copied_values(instance: models.Model) -> dict:
    """The field values a copy of ``instance`` takes over, by attribute name."""
    return {
        field.attname: getattr(instance, field.attname)
        for field in instance._meta.concrete_fields
        if field.name not in NOT_COPIED
    }


def copy_day(day: ItineraryDay) -> ItineraryDay:
    """A new day with the figures, places, meals, night and words of ``day``, and copies of
    its waypoints and transport legs. It gets a translation key of its own."""
    copy = ItineraryDay(**copied_values(day))
    copy.waypoints = numbered([DayWaypoint(**copied_values(w)) for w in day.waypoints.all()])
    copy.transport_legs = numbered(
        [TransportLeg(**copied_values(leg)) for leg in day.transport_legs.all()]
    )
    return copy


def reversed_route(days: list[ItineraryDay]) -> list[ItineraryDay]:
    """``days`` walked the other way, changed in place and returned in the new order.

    Each day swaps its start and end, ascent and descent; its places passed and its transport
    legs (each swapped) come in reverse order. The nights stay where they were: a night spent
    between two days is still spent there, so it moves to the day that now ends there, and the
    night after the last day stays last (at the new end, so without a named place).
    """
    nights = [(day.overnight_type, day.overnight_place_id) for day in days]
    walked_back = days[::-1]
    for number, day in enumerate(walked_back):
        reverse_day(day)
        if number < len(days) - 1:
            day.overnight_type, day.overnight_place_id = nights[len(days) - 2 - number]
        else:
            day.overnight_type, day.overnight_place_id = nights[-1][0], None
    return walked_back


def reverse_day(day: ItineraryDay) -> None:
    day.from_place_id, day.to_place_id = day.to_place_id, day.from_place_id
    day.ascent_m, day.descent_m = day.descent_m, day.ascent_m
    day.waypoints = numbered(list(day.waypoints.all())[::-1])
    legs = list(day.transport_legs.all())[::-1]
    for leg in legs:
        leg.from_place_id, leg.to_place_id = leg.to_place_id, leg.from_place_id
    day.transport_legs = numbered(legs)


def numbered(items: list) -> list:
    """``items`` with their sort order set to their position."""
    for position, item in enumerate(items):
        item.sort_order = position
    return items
