"""Whatever is wrong with a form comes back as a sentence beside its field, all at once."""

from datetime import timedelta

import pytest
from django.utils import timezone

from guide.enquiries.models import Enquiry
from guide.itineraries.models import ItineraryDeparture
from tests.factories import build_day

from .conftest import form_data

pytestmark = pytest.mark.django_db

CHECK = "Please check the marked fields and send your enquiry again."


def refused(response) -> dict:
    assert response.status_code == 400, response.content
    body = response.json()
    assert set(body) == {"message", "errors"}
    assert Enquiry.objects.count() == 0
    return body["errors"]


def test_every_field_error_is_reported_at_once(post):
    errors = refused(
        post(
            form_data(
                name="   ",
                email="rosa at example",
                party_size=31,
                message="",
                heard_from="a billboard",
                consent=False,
            )
        )
    )
    assert errors == {
        "name": ["Please tell us your name."],
        "email": ["Please enter a valid email address, like name@example.com."],
        "party_size": ["The party size must be a whole number from 1 to 30."],
        "message": ["Please write a message: what would you like to know?"],
        "heard_from": ["Please choose one of the answers offered, or leave it empty."],
        "consent": [
            "Please agree to us keeping your enquiry so that we can answer it; without it we "
            "cannot accept the form."
        ],
    }


def test_the_message_says_what_to_do(post):
    response = post(form_data(party_size=0))
    assert response.json()["message"] == CHECK


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("party_size", "two", "The party size must be a whole number from 1 to 30."),
        ("party_size", 2.5, "The party size must be a whole number from 1 to 30."),
        ("party_size", None, "The party size must be a whole number from 1 to 30."),
        ("travel_date", "14/06/2027", "Please give the travel date as a day of the calendar"),
        ("travel_month", "June", "Please give the travel month as year and month, like"),
        ("travel_month", "2027-13", "Please give the travel month as year and month, like"),
        ("itinerary", "lares", "Please choose the itinerary from the list."),
        ("consent", "maybe", "Please agree to us keeping your enquiry"),
        ("name", ["Rosa"], "Your name must be text of at most 120 characters."),
        ("name", "R" * 121, "Your name must be text of at most 120 characters."),
        ("message", "x" * 5001, "Your message must be text of at most 5,000 characters"),
        ("email", "a" * 250 + "@example.org", "Please enter a valid email address of at most"),
    ],
)
def test_a_value_of_the_wrong_kind_is_a_400_with_the_fields_sentence(post, field, value, message):
    errors = refused(post(form_data(**{field: value})))
    assert list(errors) == [field]
    assert errors[field][0].startswith(message)


@pytest.mark.parametrize("field", ["name", "email", "party_size", "message", "consent"])
def test_a_missing_field_is_named(post, field):
    data = form_data()
    del data[field]
    errors = refused(post(data))
    assert list(errors) == [field]
    assert errors[field][0].startswith("Please")


def test_a_travel_date_in_the_past_is_refused(post):
    last_week = timezone.localdate() - timedelta(days=7)
    errors = refused(post(form_data(travel_month=None, travel_date=str(last_week))))
    assert errors == {
        "travel_date": ["The travel date is in the past; please choose a date from today."]
    }


def test_a_month_in_the_past_is_refused(post):
    last_month = timezone.localdate().replace(day=1) - timedelta(days=20)
    errors = refused(post(form_data(travel_month=f"{last_month:%Y-%m}")))
    assert errors == {
        "travel_month": ["The travel month is in the past; please choose this month or later."]
    }


def test_a_date_years_away_is_refused(post):
    far = timezone.localdate() + timedelta(days=365 * 4)
    errors = refused(post(form_data(travel_month=None, travel_date=str(far))))
    assert errors["travel_date"] == ["The travel date is more than 3 years away; please check it."]


def test_a_date_and_a_month_together_are_refused(post):
    soon = timezone.localdate() + timedelta(days=30)
    errors = refused(post(form_data(travel_date=str(soon), travel_month=f"{soon:%Y-%m}")))
    assert errors == {"travel_month": ["Please give either a travel date or a month, not both."]}


def test_an_unknown_itinerary_is_refused(post, lares_trek):
    errors = refused(post(form_data(itinerary=lares_trek.pk + 1000)))
    assert errors == {
        "itinerary": ["We could not find this itinerary; please choose one from the list."]
    }


def test_an_itinerary_the_public_cannot_see_is_refused(post, make_itinerary, places):
    draft = make_itinerary(
        "Unpublished route", [build_day("Day 1", places["cusco"], places["lares"])], publish=False
    )
    errors = refused(post(form_data(itinerary=draft.pk)))
    assert list(errors) == ["itinerary"]


def test_a_departure_of_another_itinerary_is_refused(post, departure, make_itinerary, lares_days):
    other = make_itinerary("Lares in 2 days", lares_days()[:2])
    errors = refused(post(form_data(itinerary=other.pk, departure=departure.pk)))
    assert errors == {"departure": ["This departure belongs to another itinerary."]}


def test_a_departure_of_a_page_the_public_cannot_see_is_refused(post, make_itinerary, places):
    draft = make_itinerary(
        "Unpublished route", [build_day("Day 1", places["cusco"], places["lares"])], publish=False
    )
    hidden = ItineraryDeparture.objects.create(
        page=draft, start_date=timezone.localdate() + timedelta(days=30)
    )
    errors = refused(post(form_data(departure=hidden.pk)))
    assert errors == {
        "departure": ["We could not find this departure; please choose one from the list."]
    }


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"status": "cancelled"}, "This departure has been cancelled"),
        ({"start_date": timezone.localdate() - timedelta(days=3)}, "This departure has already"),
    ],
)
def test_a_cancelled_or_past_departure_is_refused(post, departure, change, message):
    ItineraryDeparture.objects.filter(pk=departure.pk).update(**change)
    errors = refused(post(form_data(departure=departure.pk)))
    assert errors["departure"][0].startswith(message)


def test_a_body_that_is_not_a_json_object_is_refused(client):
    for body in ("name=Rosa", "[1, 2]", ""):
        response = client.post("/api/v3/guide/enquiries/", body, content_type="application/json")
        assert response.status_code == 400
        assert response.json() == {
            "message": "The enquiry must be sent as a JSON object.",
            "errors": {},
        }


def test_control_characters_are_dropped_and_a_name_kept_on_one_line(post, operator):
    response = post(form_data(name="Rosa\r\nBcc: x@example.org\x00", message="Hello\x00 there"))
    assert response.status_code == 201
    enquiry = Enquiry.objects.get()
    assert enquiry.name == "Rosa Bcc: x@example.org"
    assert enquiry.message == "Hello there"
