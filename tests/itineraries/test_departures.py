"""Departures in the page editor: validation messages, prices typed in major units, and the
derived next departure, lowest price and months."""

from datetime import timedelta

import pytest
from django.utils import timezone
from wagtail.test.utils.form_data import inline_formset, nested_form_data

from guide.itineraries.models import ItineraryDeparture, ItineraryPage
from tests.core.admin_forms import edit_form_data, edit_url


def in_days(days: int):
    return timezone.localdate() + timedelta(days=days)


def departure_form(start_date, *, price="690.00", currency="USD", seats="12", taken="3", **more):
    return {
        "id": more.pop("id", ""),
        "start_date": start_date.isoformat(),
        "status": more.pop("status", "open"),
        "seats_total": seats,
        "seats_taken": taken,
        "price": price,
        "currency": currency,
        "single_supplement": more.pop("single_supplement", ""),
        "price_includes": "Guide, cook and horses.",
        "note": "",
    }


def post_departures(client, page, departures, saved=0):
    """Posts the editor with ``departures``, the first ``saved`` of them already stored."""
    data = edit_form_data(client, page)
    for key in [key for key in data if key.startswith("departures-")]:
        del data[key]
    data.update(nested_form_data({"departures": inline_formset(departures, initial=saved)}))
    data["action-publish"] = "action-publish"
    return client.post(edit_url(page), data)


def form_errors(response) -> dict:
    formset = response.context["form"].formsets["departures"]
    return {name: list(errors) for form in formset.forms for name, errors in form.errors.items()}


@pytest.mark.django_db
def test_a_price_typed_in_dollars_is_stored_in_cents(admin_client, lares_trek):
    response = post_departures(
        admin_client, lares_trek, [departure_form(in_days(30), single_supplement="85.50")]
    )
    assert response.status_code == 302
    [departure] = ItineraryPage.objects.get(pk=lares_trek.pk).departures.all()
    assert (departure.price_minor, departure.single_supplement_minor) == (69000, 8550)
    # The editor sees the price back as it was typed.
    assert 'value="690.00"' in admin_client.get(edit_url(lares_trek)).content.decode()


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("changes", "field", "message"),
    [
        ({"start_date": -1}, "start_date", "A departure cannot be in the past."),
        ({"taken": "13"}, "seats_taken", "Seats taken cannot be more than the seats there are."),
        ({"currency": "USX"}, "currency", "'USX' is not an ISO 4217 currency code"),
        ({"currency": "JPY", "price": "1500.5"}, "price", "Japanese yen have at most 0 decimal"),
        ({"price": "-5"}, "price", "greater than or equal to 0"),
        ({"price": "99999999"}, "price", "less than or equal to 1000000"),
    ],
)
def test_a_wrong_departure_is_refused_with_its_message(
    admin_client, lares_trek, changes, field, message
):
    start = in_days(changes.pop("start_date", 30))
    response = post_departures(admin_client, lares_trek, [departure_form(start, **changes)])
    assert response.status_code == 200  # the form again, nothing saved
    errors = form_errors(response)
    assert any(message in text for text in errors.get(field, [])), errors
    assert not ItineraryDeparture.objects.exists()


@pytest.mark.django_db
def test_a_departure_that_has_passed_stays_on_the_page_unchanged(admin_client, lares_trek):
    past = ItineraryDeparture.objects.create(
        page=lares_trek, start_date=in_days(-10), price_minor=50000, currency="USD"
    )
    rows = [
        departure_form(past.start_date, id=str(past.pk), price="500.00"),
        departure_form(in_days(20)),
    ]
    assert post_departures(admin_client, lares_trek, rows, saved=1).status_code == 302
    assert ItineraryDeparture.objects.filter(page=lares_trek).count() == 2


@pytest.mark.django_db
def test_derived_next_departure_lowest_price_and_months(lares_trek):
    def add(days, status="open", price=69000, currency="USD", **fields):
        return ItineraryDeparture.objects.create(
            page=lares_trek,
            start_date=in_days(days),
            status=status,
            price_minor=price,
            currency=currency,
            **fields,
        )

    add(-3, price=10000)  # passed: counts for nothing
    full = add(5, status="open", seats_total=8, seats_taken=8)
    add(9, status="cancelled", price=20000)
    first_bookable = add(12, status="guaranteed", price=72000)
    add(40, status="few_seats", price=65000)
    add(70, status="open", price=40000, currency="PEN")
    page = ItineraryPage.objects.get(pk=lares_trek.pk)

    assert not full.is_bookable
    assert page.next_departure() == first_bookable
    cheapest = page.price_from()
    assert (cheapest.price_minor, cheapest.currency) == (65000, "USD")
    months = sorted({f"{in_days(days):%Y-%m}" for days in (5, 12, 40, 70)})
    assert page.departure_months() == months
