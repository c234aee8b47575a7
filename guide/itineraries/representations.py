"""The JSON shapes of an itinerary and its days, shared by API v2 and v3."""

from guide.core.money import price_representation
from guide.core.representations import (
    distance_representation,
    duration_representation,
    elevation_representation,
    page_link_representation,
    place_representation,
    rich_text_representation,
    rich_text_representations,
)

from .acclimatisation import night_findings


def transport_leg_representation(leg) -> dict:
    return {
        "mode": leg.mode,
        "from_place": place_representation(leg.from_place),
        "to_place": place_representation(leg.to_place),
        "duration": duration_representation(leg.duration_minutes),
        "notes": leg.notes,
    }


def hiking_hours_representation(day) -> dict | None:
    if day.hiking_hours_min is None:
        return None
    return {"min": float(day.hiking_hours_min), "max": float(day.hiking_hours_max)}


def day_representation(day, number: int, description: str | None = None) -> dict:
    sleeping_place = day.sleeping_place
    return {
        "number": number,
        "title": day.title,
        "from_place": place_representation(day.from_place),
        "to_place": place_representation(day.to_place),
        "places_passed": [place_representation(w.place) for w in day.waypoints.all()],
        "hiking_hours": hiking_hours_representation(day),
        "distance": distance_representation(day.distance_km),
        "ascent": elevation_representation(day.ascent_m),
        "descent": elevation_representation(day.descent_m),
        "overnight": None
        if sleeping_place is None
        else {"type": day.overnight_type, "place": place_representation(sleeping_place)},
        "meals": day.meals,
        "transport": [transport_leg_representation(leg) for leg in day.transport_legs.all()],
        "description": rich_text_representation(day.description)
        if description is None
        else description,
    }


def days_representation(itinerary) -> list[dict]:
    days = itinerary.ordered_days()
    descriptions = rich_text_representations([day.description for day in days])
    return [
        day_representation(day, number, description)
        for number, (day, description) in enumerate(zip(days, descriptions, strict=True), start=1)
    ]


def nights_representation(itinerary) -> list[dict]:
    return [
        {"day": number, "place": place_representation(place)}
        for number, place in itinerary.nights()
    ]


def acclimatisation_representation(itinerary) -> list[dict]:
    return [
        {
            "day": finding.day,
            "kind": finding.kind,
            "sleeping_altitude": elevation_representation(finding.sleeping_altitude_m),
            "gain": elevation_representation(finding.gain_m),
            "message": finding.message,
        }
        for finding in night_findings(itinerary)
    ]


def season_month_representation(month) -> dict:
    return {"month": month.month, "rating": month.rating, "note": month.note}


def alternative_representation(link) -> dict:
    return {**page_link_representation(link.alternative), "note": link.note}


def daily_walking_representation(itinerary) -> dict | None:
    walking = itinerary.daily_walking()
    if walking is None:
        return None
    hours = None
    if walking.hours_min is not None:
        hours = {"min": float(walking.hours_min), "max": float(walking.hours_max)}
    distance = None
    if walking.distance_min_km is not None:
        distance = {
            "min": distance_representation(walking.distance_min_km),
            "max": distance_representation(walking.distance_max_km),
        }
    return {"days": walking.days, "hours": hours, "distance": distance}


def booking_lead_time_representation(booking) -> dict:
    return {
        "item": booking.item,
        "min": booking.ahead_min,
        "max": booking.ahead_max if booking.ahead_max is not None else booking.ahead_min,
        "unit": booking.unit,
        "note": booking.note,
    }


def departure_representation(departure) -> dict:
    return {
        "id": departure.pk,
        "start_date": departure.start_date.isoformat(),
        "status": departure.status,
        "seats_total": departure.seats_total,
        "seats_left": departure.seats_left,
        "bookable": departure.is_bookable,
        "price": price_representation(departure.price_minor, departure.currency),
        "single_supplement": price_representation(
            departure.single_supplement_minor, departure.currency
        ),
        "price_includes": departure.price_includes,
        "note": departure.note,
    }


def price_from_representation(itinerary) -> dict | None:
    cheapest = itinerary.price_from()
    return price_representation(cheapest.price_minor, cheapest.currency) if cheapest else None
