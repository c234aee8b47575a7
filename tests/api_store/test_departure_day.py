"""A departure stops being upcoming at midnight: kept answers must not outlive that day."""

from datetime import timedelta

import pytest
from django.core.cache import caches
from django.utils import timezone

from guide.api.models import StoredPage
from guide.core.locales import frontend_path
from guide.itineraries.models import ItineraryDeparture
from tests.api_v3.helpers import API, publish

from .guide import use_redis_responses


@pytest.mark.django_db
def test_a_kept_response_lives_until_midnight_at_most(client, settings, lares_trek):
    use_redis_responses(settings)
    ItineraryDeparture.objects.create(
        page=lares_trek, start_date=timezone.localdate(), price_minor=50000
    )
    publish(lares_trek)
    url = f"{API}/itineraries/{lares_trek.pk}/"
    assert client.get(url).json()["departures"][0]["start_date"] == str(timezone.localdate())
    cache = caches["responses"]
    keys = cache._cache.get_client().keys(f"{cache.key_prefix}*")
    ttls = [cache._cache.get_client().ttl(key) for key in keys]
    now = timezone.localtime()
    midnight = (now + timedelta(days=1)).replace(hour=0, minute=0, second=0, microsecond=0)
    entries = [ttl for ttl in ttls if ttl > 0]
    assert entries, "the answer was kept"
    assert max(entries) <= (midnight - now).total_seconds() + 1


@pytest.mark.django_db
def test_the_index_listing_an_itinerary_goes_stale_with_its_next_departure(
    client, lares_trek, itinerary_index
):
    ItineraryDeparture.objects.create(
        page=lares_trek, start_date=timezone.localdate() + timedelta(days=3), price_minor=50000
    )
    publish(lares_trek)
    index = client.get(f"{API}/pages/by-path/?path={frontend_path(itinerary_index)}").json()
    assert index["items"][0]["next_departure"]["start_date"] == str(
        timezone.localdate() + timedelta(days=3)
    )
    trek_row = StoredPage.objects.get(page=lares_trek)
    assert trek_row.stale_after is not None
    assert StoredPage.objects.get(page=itinerary_index).stale_after == trek_row.stale_after
