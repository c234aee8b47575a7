"""A visitor asks for information: the form, the enquiry stored, the operator emailed."""

import json
from datetime import timedelta

import pytest
from django.core import mail
from django.utils import timezone

from guide.enquiries.models import Enquiry, EnquiryStatus
from tests.api_store.guide import use_redis_responses

from .conftest import FORM_URL, OPERATOR_EMAIL, URL, form_data

pytestmark = pytest.mark.django_db


def read(response):
    return json.loads(b"".join(response) if response.streaming else response.content)


def test_the_form_hands_out_a_token_and_the_choices_without_touching_the_database(
    client, django_assert_num_queries
):
    with django_assert_num_queries(0):
        response = client.get(FORM_URL)
    assert response.status_code == 200
    assert "no-store" in response["Cache-Control"]
    form = read(response)
    assert set(form) == {"token", "heard_from", "party_size_min", "party_size_max", "min_seconds"}
    assert form["heard_from"][0] == {"value": "search", "label": "A search engine"}
    assert (form["party_size_min"], form["party_size_max"], form["min_seconds"]) == (1, 30, 3)


def test_each_form_gets_its_own_token_even_with_the_response_cache_on(client, settings):
    use_redis_responses(settings)
    first, second = (read(client.get(FORM_URL))["token"] for _ in range(2))
    assert first != second


def test_an_enquiry_is_stored_and_the_operator_emailed(post, lares_trek, departure, operator):
    response = post(
        form_data(
            itinerary=lares_trek.pk,
            departure=departure.pk,
            travel_month=None,
            travel_date=str(departure.start_date),
            party_size=3,
        )
    )
    assert response.status_code == 201, response.content
    assert response.json() == {
        "received": True,
        "message": "Thank you: your enquiry has reached us, and we will answer you by email soon.",
    }
    enquiry = Enquiry.objects.get()
    assert (enquiry.name, enquiry.email, enquiry.party_size) == (
        "Rosa Quispe",
        "rosa@example.org",
        3,
    )
    assert enquiry.itinerary == lares_trek and enquiry.departure == departure
    assert enquiry.itinerary_title == "Lares trek in 4 days"
    assert enquiry.departure_date == departure.start_date
    assert enquiry.status == EnquiryStatus.NEW and enquiry.consent
    assert enquiry.notified_at is not None and enquiry.notify_attempts == 1

    [email] = mail.outbox
    assert email.to == [OPERATOR_EMAIL]
    assert email.reply_to == ["rosa@example.org"]
    assert email.subject == "Enquiry from Rosa Quispe about Lares trek in 4 days"
    assert "Is the pass open in late April" in email.body
    assert "Party size: 3" in email.body
    assert "Heard of us from: A friend or relative" in email.body
    assert f"/admin/snippets/guide_enquiries/enquiry/inspect/{enquiry.pk}/" in email.body


def test_a_departure_names_its_itinerary(post, departure, operator):
    assert post(form_data(departure=departure.pk)).status_code == 201
    assert Enquiry.objects.get().itinerary_id == departure.page_id


def test_the_configured_recipients_come_before_the_operator(post, settings, operator):
    settings.GUIDE = {**settings.GUIDE, "ENQUIRY_EMAIL_TO": ["desk@example.org", "b@example.org"]}
    assert post().status_code == 201
    assert mail.outbox[0].to == ["desk@example.org", "b@example.org"]


def test_neither_a_date_nor_a_month_is_fine(post, operator):
    assert post(form_data(travel_month=None, travel_date=None)).status_code == 201
    enquiry = Enquiry.objects.get()
    assert enquiry.travel_date is None and enquiry.travel_month is None


def test_a_month_is_stored_as_its_first_day(post, operator):
    month = timezone.localdate().replace(day=1) + timedelta(days=40)
    assert post(form_data(travel_month=f"{month:%Y-%m}")).status_code == 201
    assert Enquiry.objects.get().travel_month == month.replace(day=1)


def test_no_csrf_token_or_cookie_is_needed(operator):
    from django.test import Client

    client = Client(enforce_csrf_checks=True)
    response = client.post(URL, json.dumps(form_data()), content_type="application/json")
    assert response.status_code == 201
    assert not response.cookies


def test_the_visitor_site_may_post_from_the_browser(client, settings, operator):
    origin = settings.GUIDE["FRONTEND_BASE_URL"].rstrip("/")
    preflight = client.options(
        URL,
        HTTP_ORIGIN=origin,
        HTTP_ACCESS_CONTROL_REQUEST_METHOD="POST",
        HTTP_ACCESS_CONTROL_REQUEST_HEADERS="content-type",
    )
    assert preflight.status_code == 200
    assert preflight["Access-Control-Allow-Origin"] == origin
    assert "POST" in preflight["Access-Control-Allow-Methods"]
    assert "content-type" in preflight["Access-Control-Allow-Headers"]
    response = client.post(
        URL, json.dumps(form_data()), content_type="application/json", HTTP_ORIGIN=origin
    )
    assert response.status_code == 201
    assert response["Access-Control-Allow-Origin"] == origin


def test_another_origin_gets_no_cors_headers(client, operator):
    response = client.post(
        URL,
        json.dumps(form_data()),
        content_type="application/json",
        HTTP_ORIGIN="https://elsewhere.example",
    )
    assert "Access-Control-Allow-Origin" not in response
