"""An itinerary's typed facts: the daily walking range derived from its days, the days to
acclimatise first and how far ahead to book permits and trains."""

from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError

from guide.itineraries.models import ItineraryPage
from guide.itineraries.models.pages import ItineraryBookingLeadTime
from tests.api_v3.helpers import API, get_json
from tests.core.admin_forms import edit_form_data, edit_url
from tests.factories import build_day, publish


def errors_of(obj, **kwargs):
    with pytest.raises(ValidationError) as excinfo:
        obj.full_clean(**kwargs)
    return excinfo.value.message_dict


def test_the_daily_walking_range_runs_from_the_shortest_day_to_the_longest(lares_trek):
    # 3-4 h and 7.5 km, 6-7 h and 12 km, 2-3 h and 6.5 km, then a day without hiking.
    walking = lares_trek.daily_walking()
    assert walking.days == 3
    assert (walking.hours_min, walking.hours_max) == (Decimal("2"), Decimal("7"))
    assert (walking.distance_min_km, walking.distance_max_km) == (Decimal("6.5"), Decimal("12"))


def test_a_day_with_a_distance_but_no_hours_counts_for_the_distance_only(make_itinerary, places):
    page = make_itinerary(
        "Untimed",
        [
            build_day(
                "Timed",
                places["lares"],
                places["huacahuasi"],
                hiking_hours_min=Decimal(4),
                hiking_hours_max=Decimal(5),
            ),
            build_day(
                "Measured", places["huacahuasi"], places["patacancha"], distance_km=Decimal("20")
            ),
        ],
    )
    walking = page.daily_walking()
    assert walking.days == 2
    assert (walking.hours_min, walking.hours_max) == (Decimal(4), Decimal(5))
    assert walking.distance_min_km == walking.distance_max_km == Decimal("20")


def test_an_itinerary_without_walking_days_has_no_walking_range(client, make_itinerary, places):
    page = make_itinerary("By train", [build_day("Ride", places["ollantaytambo"], places["aguas"])])
    assert page.daily_walking() is None
    assert get_json(client, f"{API}/itineraries/{page.pk}/")["daily_walking"] is None


@pytest.mark.parametrize(
    ("days", "message"),
    [(0, "Give at least one day, or leave it empty."), (15, "Give at most 14 days.")],
)
def test_acclimatisation_days_are_a_small_positive_number(lares_trek, days, message):
    lares_trek.acclimatisation_days = days
    assert errors_of(lares_trek)["acclimatisation_days"] == [message]


def lead_time(page, **fields):
    values = {"page": page, "item": "Machu Picchu entry", "ahead_min": 2, "unit": "months"}
    values.update(fields)
    return ItineraryBookingLeadTime(**values)


@pytest.mark.parametrize(
    ("fields", "field", "message"),
    [
        ({"ahead_min": 3, "ahead_max": 2}, "ahead_max", "'Up to' must not be below 'at least'."),
        ({"ahead_min": 0}, "ahead_min", "Book at least one day, week or month ahead."),
        ({"item": ""}, "item", "This field cannot be blank."),
    ],
)
def test_a_booking_lead_time_that_does_not_add_up_is_refused(lares_trek, fields, field, message):
    assert errors_of(lead_time(lares_trek, **fields))[field] == [message]


def test_the_api_states_the_derived_and_typed_facts(client, lares_trek):
    page = ItineraryPage.objects.get(pk=lares_trek.pk)
    page.acclimatisation_days = 2
    page.booking_lead_times = [
        lead_time(None, ahead_max=3, note="Slots are capped."),
        lead_time(None, item="Train Ollantaytambo–Aguas Calientes", ahead_min=6, unit="weeks"),
    ]
    publish(page)

    data = get_json(client, f"{API}/itineraries/{page.pk}/")

    assert data["daily_walking"] == {
        "days": 3,
        "hours": {"min": 2.0, "max": 7.0},
        "distance": {"min": {"km": 6.5, "mi": 4.0}, "max": {"km": 12.0, "mi": 7.5}},
    }
    assert data["acclimatisation_days"] == 2
    assert data["book_ahead"] == [
        {
            "item": "Machu Picchu entry",
            "min": 2,
            "max": 3,
            "unit": "months",
            "note": "Slots are capped.",
        },
        {
            "item": "Train Ollantaytambo–Aguas Calientes",
            "min": 6,
            "max": 6,
            "unit": "weeks",
            "note": "",
        },
    ]


def test_the_facts_tab_edits_lead_times_but_not_the_derived_range(admin_client, lares_trek):
    html = admin_client.get(edit_url(lares_trek)).content.decode()
    assert "Book ahead" in html and "days to acclimatise first" in html.lower()
    assert 'name="daily_walking' not in html

    data = edit_form_data(admin_client, lares_trek)
    data.update(
        {
            "acclimatisation_days": "2",
            "booking_lead_times-TOTAL_FORMS": "1",
            "booking_lead_times-0-id": "",
            "booking_lead_times-0-item": "Train Ollantaytambo–Aguas Calientes",
            "booking_lead_times-0-ahead_min": "2",
            "booking_lead_times-0-ahead_max": "3",
            "booking_lead_times-0-unit": "months",
            "booking_lead_times-0-note": "",
            "booking_lead_times-0-ORDER": "1",
            "action-publish": "action-publish",
        }
    )
    assert admin_client.post(edit_url(lares_trek), data).status_code == 302

    page = ItineraryPage.objects.get(pk=lares_trek.pk)
    assert page.acclimatisation_days == 2
    [booking] = page.booking_lead_times.all()
    assert (booking.ahead_min, booking.ahead_max, booking.unit) == (2, 3, "months")


def test_an_itinerary_cannot_be_its_own_alternative_in_the_editor(admin_client, lares_trek):
    data = edit_form_data(admin_client, lares_trek)
    data.update(
        {
            "alternatives-TOTAL_FORMS": "1",
            "alternatives-0-id": "",
            "alternatives-0-alternative": str(lares_trek.pk),
            "alternatives-0-note": "",
            "alternatives-0-ORDER": "1",
            "action-publish": "action-publish",
        }
    )

    response = admin_client.post(edit_url(lares_trek), data)

    assert response.status_code == 200
    assert "An itinerary cannot be its own alternative." in response.content.decode()
    assert not lares_trek.alternatives.exists()
