"""Departures in the API: on the itinerary and its card, the departures listing with its
filters and ordering, the listing's departure filters, JSON-LD offers and the operator."""

from datetime import datetime, time, timedelta

import pytest
from django.utils import timezone

from guide.api.models import StoredPage
from guide.api.v3.schemas.itineraries import GuideItinerary
from guide.core.locales import frontend_path
from guide.core.models import OperatorSettings
from guide.itineraries.models import ItineraryDeparture, ItineraryPage

from .helpers import API, get_json, publish

DEPARTURES = f"{API}/departures/"


def in_days(days: int):
    return timezone.localdate() + timedelta(days=days)


def add_departure(page, days, status="open", price=69000, currency="USD", **fields):
    return ItineraryDeparture.objects.create(
        page=page,
        start_date=in_days(days),
        status=status,
        price_minor=price,
        currency=currency,
        **fields,
    )


@pytest.fixture
def departures(trek, short_trek):
    """Departures of both treks, published; one of the 4-day trek has passed."""
    made = {
        "passed": add_departure(trek, -2, price=10000),
        "full": add_departure(trek, 10, seats_total=12, seats_taken=12),
        "guaranteed": add_departure(trek, 20, status="guaranteed", price=72000, seats_total=12),
        "few": add_departure(trek, 45, status="few_seats", price=65000, seats_total=12),
        "cancelled": add_departure(trek, 50, status="cancelled", price=30000),
        "short": add_departure(short_trek, 30, price=32000),
    }
    publish(trek)
    publish(short_trek)
    return made


def start_dates(data) -> list[str]:
    return [item["start_date"] for item in data["items"]]


@pytest.mark.django_db
def test_the_itinerary_lists_its_departures_from_today_with_exact_prices(client, trek, departures):
    data = get_json(client, f"{API}/itineraries/{trek.pk}/")
    GuideItinerary.model_validate(data)
    assert [d["status"] for d in data["departures"]] == [
        "open",
        "guaranteed",
        "few_seats",
        "cancelled",
    ]
    full, guaranteed = data["departures"][:2]
    assert (full["seats_left"], full["bookable"]) == (0, False)
    assert guaranteed["price"] == {"amount": "720.00", "amount_minor": 72000, "currency": "USD"}
    assert data["next_departure"]["id"] == departures["guaranteed"].pk
    assert data["price_from"] == {"amount": "650.00", "amount_minor": 65000, "currency": "USD"}
    assert data["departure_months"] == sorted({f"{in_days(days):%Y-%m}" for days in (10, 20, 45)})


@pytest.mark.django_db
def test_the_card_shows_the_next_departure_and_the_price_from(client, trek, departures):
    card = get_json(client, f"{API}/itineraries/?fields=next_departure,price_from")["items"]
    by_id = {item["id"]: item for item in card}
    assert by_id[trek.pk]["next_departure"]["start_date"] == in_days(20).isoformat()
    assert by_id[trek.pk]["price_from"]["amount"] == "650.00"


@pytest.mark.django_db
def test_a_draft_departure_stays_out_of_the_api_until_published(client, trek):
    draft = trek.get_latest_revision_as_object()
    draft.departures = [ItineraryDeparture(start_date=in_days(15), price_minor=50000)]
    draft.save_revision()
    data = get_json(client, f"{API}/itineraries/{trek.pk}/")
    assert data["departures"] == [] and data["price_from"] is None
    assert get_json(client, DEPARTURES)["count"] == 0


@pytest.mark.django_db
def test_the_listing_filters_on_departures(client, trek, short_trek, departures):
    def ids(query):
        return {item["id"] for item in get_json(client, f"{API}/itineraries/?{query}")["items"]}

    month_of_cancelled = f"{in_days(50):%Y-%m}"
    month_of_few = f"{in_days(45):%Y-%m}"
    assert ids(f"departs_in={in_days(30):%Y-%m}") >= {short_trek.pk}
    assert trek.pk in ids(f"departs_in={month_of_few}")
    if month_of_cancelled not in {f"{in_days(d):%Y-%m}" for d in (10, 20, 30, 45)}:
        assert ids(f"departs_in={month_of_cancelled}") == set()  # cancelled is no departure
    assert ids("has_departures=true") == {trek.pk, short_trek.pk}
    ItineraryDeparture.objects.filter(page=short_trek).update(status="full")
    assert ids("has_departures=false") == {short_trek.pk}
    for month in ("2027-13", "0000-01"):
        error = get_json(client, f"{API}/itineraries/?departs_in={month}", status=400)
        assert error["param"] == "departs_in"


# Days from today of the departures each query finds, in order (the fixture's departures).
LISTING_CASES = [
    ("", [10, 20, 30, 45, 50]),
    ("ordering=-start_date", [50, 45, 30, 20, 10]),
    ("ordering=price", [50, 30, 45, 10, 20]),
    ("ordering=-price", [20, 10, 45, 30, 50]),
    ("status=few_seats", [45]),
    ("has_seats=true", [20, 30, 45]),
    ("has_seats=false", [10, 50]),
    ("price_below=650&currency=USD", [30, 45, 50]),
    ("price_above=650.00&currency=USD", [10, 20, 45]),
    ("price_below=650&currency=PEN", []),
]


@pytest.mark.django_db
def test_the_departures_listing_filters_and_orders(client, departures):
    for query, expected in LISTING_CASES:  # one guide for all: building it is the slow part
        data = get_json(client, f"{DEPARTURES}?{query}")
        found = start_dates(data)
        assert found == [in_days(days).isoformat() for days in expected], query
        assert data["count"] == len(expected), query


@pytest.mark.django_db
def test_the_departures_listing_by_itinerary_month_and_dates(client, trek, departures):
    def dates(query):
        return start_dates(get_json(client, f"{DEPARTURES}?{query}"))

    assert dates(f"itinerary={trek.pk}") == [in_days(d).isoformat() for d in (10, 20, 45, 50)]
    assert in_days(20).isoformat() in dates(f"month={in_days(20):%Y-%m}")
    window = f"from_date={in_days(15).isoformat()}&to_date={in_days(46).isoformat()}"
    assert dates(window) == [in_days(d).isoformat() for d in (20, 30, 45)]
    item = get_json(client, f"{DEPARTURES}?itinerary={trek.pk}&limit=1")["items"][0]
    assert item["itinerary"] == {"id": trek.pk, "title": trek.title, "path": frontend_path(trek)}


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("query", "param", "words"),
    [
        ("price_below=500", "params", "needs a currency"),
        ("price_below=10.555&currency=USD", "price_below", "at most 2 decimal places"),
        ("currency=usd", "currency", ""),
        ("month=2027-1", "month", ""),
        ("month=0000-01", "month", ""),
        ("from_date=2027-02-01&to_date=2027-01-01", "params", "cannot be after"),
        ("ordering=cheapest", "ordering", ""),
        ("seats=2", "seats", "Unknown query parameter"),
    ],
)
def test_bad_departure_filters_answer_400(client, query, param, words):
    error = get_json(client, f"{DEPARTURES}?{query}", status=400)
    assert error["param"] == param
    assert words in error["message"]


@pytest.mark.django_db
def test_unpublished_itineraries_have_no_public_departures(client, trek, departures):
    trek.unpublish()
    assert trek.pk not in {
        item["itinerary"]["id"] for item in get_json(client, DEPARTURES)["items"]
    }


def offers_of(client, page) -> list | None:
    data = get_json(client, f"{API}/itineraries/{page.pk}/?fields=structured_data")
    document = data["structured_data"]
    trip = next(node for node in document.get("@graph", [document]) if "subTrip" in node)
    return trip.get("offers")


@pytest.mark.django_db
def test_json_ld_offers_exactly_the_priced_departures(
    client, trek, django_capture_on_commit_callbacks
):
    def publish_now(page):  # the stored JSON is rendered again once the publish commits
        with django_capture_on_commit_callbacks(execute=True):
            publish(ItineraryPage.objects.get(pk=page.pk))  # with its rows as they are now

    assert offers_of(client, trek) is None  # no departure: no offer is invented
    add_departure(trek, 10, price=None)
    add_departure(trek, 12, status="cancelled")
    publish_now(trek)
    assert offers_of(client, trek) is None  # unpriced or cancelled: still none
    add_departure(trek, 20, status="few_seats", price=65000)
    add_departure(trek, 25, status="full", price=65000)
    publish_now(trek)
    offers = offers_of(client, trek)
    assert [(o["price"], o["availability"]) for o in offers] == [
        ("650.00", "https://schema.org/LimitedAvailability"),
        ("650.00", "https://schema.org/SoldOut"),
    ]
    assert offers[0]["priceCurrency"] == "USD"
    assert offers[0]["availabilityStarts"] == in_days(20).isoformat()
    assert offers[0]["validFrom"] == timezone.localdate().isoformat()


@pytest.mark.django_db
def test_the_stored_json_is_renewed_once_the_next_departure_has_passed(client, trek, departures):
    get_json(client, f"{API}/itineraries/{trek.pk}/")
    row = StoredPage.objects.get(page=trek)
    first = in_days(10) + timedelta(days=1)
    assert row.stale_after == timezone.make_aware(datetime.combine(first, time.min))


@pytest.mark.django_db
def test_the_operator_is_the_provider_and_has_a_route(
    client, site, trek, django_capture_on_commit_callbacks
):
    assert get_json(client, f"{API}/operator/") == {
        "name": "",
        "email": "",
        "phone": "",
        "website": "",
        "address": "",
    }
    OperatorSettings.objects.create(
        site=site, name="Andean Paths", email="hola@andeanpaths.example", phone="+51 84 000"
    )
    operator = get_json(client, f"{API}/operator/")
    assert (operator["name"], operator["phone"]) == ("Andean Paths", "+51 84 000")
    data = get_json(client, f"{API}/itineraries/{trek.pk}/?fields=structured_data")
    document = data["structured_data"]
    trip = next(node for node in document.get("@graph", [document]) if "subTrip" in node)
    assert trip["provider"] == {
        "@type": "Organization",
        "name": "Andean Paths",
        "email": "hola@andeanpaths.example",
        "telephone": "+51 84 000",
    }
    # Renamed in the settings: the stored JSON-LD follows.
    operator = OperatorSettings.objects.get(site=site)
    operator.name = "Andean Paths Cusco"
    with django_capture_on_commit_callbacks(execute=True):
        operator.save()
    data = get_json(client, f"{API}/itineraries/{trek.pk}/?fields=structured_data")
    assert data["structured_data"]["provider"]["name"] == "Andean Paths Cusco"
