"""The linked guide the store's tests change, and the two ways responses are kept."""

import io
import os
import uuid

import pytest
from django.core.management import call_command

from guide.faqs.models import FAQ, FAQTopic
from guide.itineraries.models import ItineraryAlternative, ItineraryFAQ
from tests.api_v3.helpers import publish

REDIS_URL = "redis://127.0.0.1:6379/0"


def use_redis_responses(settings) -> None:
    """Keep whole responses in the machine's Redis, under keys of this test's own."""
    import redis

    try:
        redis.Redis.from_url(REDIS_URL, socket_connect_timeout=1).ping()
    except redis.exceptions.ConnectionError:
        if os.environ.get("CI") == "true":
            raise
        pytest.skip(f"no Redis at {REDIS_URL}")
    settings.CACHES = {
        **settings.CACHES,
        "responses": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": f"guide-test-{uuid.uuid4().hex}",
        },
    }
    settings.GUIDE = {**settings.GUIDE, "RESPONSE_CACHE": "responses"}


@pytest.fixture(params=["database", "redis"])
def cache_mode(request, settings):
    """The API with the JSON stored in the database only, and with Redis keeping responses."""
    if request.param == "redis":
        use_redis_responses(settings)
    return request.param


@pytest.fixture
def guide(
    trek,
    short_trek,
    destination,
    community,
    home,
    places,
    django_capture_on_commit_callbacks,
):
    """The pages linked together as an editor would, everything stored and warm."""
    ItineraryAlternative.objects.create(page=short_trek, alternative=trek, note="Longer.")
    publish(short_trek)
    home.featured = [("page", trek)]
    publish(home)
    topic = FAQTopic.objects.create(name="Altitude", slug="altitude")
    faq = FAQ.objects.create(topic=topic, question="How high is the pass?", answer="<p>High.</p>")
    ItineraryFAQ.objects.create(page=trek, faq=faq, sort_order=0)
    publish(trek)
    call_command("rebuild_references_index", stdout=io.StringIO())
    call_command("rebuild_api_cache", stdout=io.StringIO())
    return {"trek": trek, "short": short_trek, "faq": faq}
