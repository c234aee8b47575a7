"""The messages an editor sees when a day or a transport leg does not add up."""

from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError

from guide.itineraries.models import ItineraryDay, OvernightType, TransportLeg


def errors_of(obj, exclude):
    with pytest.raises(ValidationError) as excinfo:
        obj.full_clean(exclude=exclude)
    return excinfo.value.message_dict


def day(places, **fields):
    values = {
        "title": "Over the pass",
        "from_place": places["huacahuasi"],
        "to_place": places["patacancha"],
        "overnight_type": OvernightType.CAMP,
    }
    values.update(fields)
    return ItineraryDay(**values)


def day_errors(places, **fields):
    return errors_of(day(places, **fields), exclude=["itinerary"])


def test_a_sound_day_is_valid(places):
    sound = day(
        places,
        hiking_hours_min=Decimal("6"),
        hiking_hours_max=Decimal("7"),
        distance_km=Decimal("12.0"),
        ascent_m=650,
        descent_m=750,
    )
    sound.full_clean(exclude=["itinerary"])
    assert sound.sleeping_place == places["patacancha"]


def test_a_day_must_end_somewhere_else(places):
    errors = day_errors(places, to_place=places["huacahuasi"])
    assert errors == {"to_place": ["A day must end somewhere other than where it starts."]}


def test_most_hiking_hours_below_least_is_rejected(places):
    errors = day_errors(places, hiking_hours_min=Decimal("7"), hiking_hours_max=Decimal("6"))
    assert errors == {"hiking_hours_max": ["The most hiking hours must not be below the least."]}


@pytest.mark.parametrize(
    "hours", [{"hiking_hours_min": Decimal("6")}, {"hiking_hours_max": Decimal("7")}]
)
def test_hiking_hours_come_as_a_pair(places, hours):
    errors = day_errors(places, **hours)
    assert errors == {
        "hiking_hours_max": ["Give both the least and most hiking hours, or neither."]
    }


def test_a_day_without_hiking_hours_is_valid(places):
    no_hiking = day(places, title="Train to Aguas Calientes")
    no_hiking.full_clean(exclude=["itinerary"])
    assert no_hiking.hiking_hours_min is None


@pytest.mark.parametrize("hours", ["0", "-1", "24.5"])
def test_hiking_hours_must_fit_in_a_day(places, hours):
    errors = day_errors(places, hiking_hours_min=Decimal("1"), hiking_hours_max=Decimal(hours))
    assert errors["hiking_hours_max"][0] in {
        "Hours must be greater than zero.",
        "A day has at most 24 hours.",
    }


@pytest.mark.parametrize("distance", ["0", "-3.5"])
def test_distance_must_be_positive(places, distance):
    errors = day_errors(places, distance_km=Decimal(distance))
    assert errors == {"distance_km": ["Distance must be greater than zero."]}


def test_a_day_without_a_night_on_the_route_has_no_overnight_place(places):
    errors = day_errors(
        places, overnight_type=OvernightType.NONE, overnight_place=places["ollantaytambo"]
    )
    assert errors == {
        "overnight_place": ["A day without a night on the route has no overnight place."]
    }


def test_several_problems_are_reported_together(places):
    errors = day_errors(
        places,
        to_place=places["huacahuasi"],
        hiking_hours_min=Decimal("8"),
        hiking_hours_max=Decimal("5"),
    )
    assert set(errors) == {"to_place", "hiking_hours_max"}


def leg(places, **fields):
    values = {
        "mode": "train",
        "from_place": places["ollantaytambo"],
        "to_place": places["aguas"],
        "duration_minutes": 95,
    }
    values.update(fields)
    return TransportLeg(**values)


def test_a_sound_transport_leg_is_valid(places):
    train = leg(places)
    train.full_clean(exclude=["day"])
    assert train.get_mode_display() == "Train"


def test_a_transport_leg_must_go_somewhere_else(places):
    errors = errors_of(leg(places, to_place=places["ollantaytambo"]), exclude=["day"])
    assert errors == {"to_place": ["A transport leg must go somewhere else."]}


def test_a_transport_leg_takes_at_least_a_minute(places):
    errors = errors_of(leg(places, duration_minutes=0), exclude=["day"])
    assert errors == {"duration_minutes": ["Duration must be at least one minute."]}
