"""Fixtures of the enquiry tests: a published itinerary with departures, a form filled in as a
visitor would, and a client that posts it as JSON."""

import json
import time
from datetime import timedelta

import pytest
from django.core.cache import cache
from django.utils import timezone

from guide.core.models import OperatorSettings
from guide.enquiries.tokens import issue_token
from guide.itineraries.models import ItineraryDeparture

URL = "/api/v3/guide/enquiries/"
FORM_URL = "/api/v3/guide/enquiries/form/"
OPERATOR_EMAIL = "hola@andeanpaths.example"


@pytest.fixture(autouse=True)
def _fresh_counts():
    # The rate limit counts in the default cache (per process in tests): start from zero.
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def operator(site):
    settings = OperatorSettings.for_site(site)
    settings.name = "Andean Paths"
    settings.email = OPERATOR_EMAIL
    settings.save()
    return settings


def old_token(seconds: float = 60) -> str:
    """A token handed out ``seconds`` ago: a visitor who took their time."""
    return issue_token(at=time.time() - seconds)


def form_data(**overrides) -> dict:
    travel = timezone.localdate() + timedelta(days=90)
    data = {
        "name": "Rosa Quispe",
        "email": "rosa@example.org",
        "travel_date": None,
        "travel_month": f"{travel:%Y-%m}",
        "party_size": 2,
        "itinerary": None,
        "departure": None,
        "message": "Is the pass open in late April, and can we hire a horse?",
        "heard_from": "friend",
        "consent": True,
        "token": old_token(),
        "website": "",
    }
    data.update(overrides)
    return data


@pytest.fixture
def post(client, django_capture_on_commit_callbacks):
    """post(data=None, **headers) -> the response to a JSON POST of the enquiry, with what
    runs after the commit (the email task) run as it would outside a test transaction."""

    def send(data=None, **headers):
        body = json.dumps(form_data() if data is None else data)
        with django_capture_on_commit_callbacks(execute=True):
            return client.post(URL, body, content_type="application/json", **headers)

    return send


@pytest.fixture
def departure(lares_trek):
    return ItineraryDeparture.objects.create(
        page=lares_trek,
        start_date=timezone.localdate() + timedelta(days=60),
        status="open",
        seats_total=12,
        currency="USD",
    )
