"""Every key the representation functions produce is in a schema: nothing is silently dropped.

Response schemas ignore unknown keys, so a key added to a representation (or a block) would
vanish from API v3 without a word. These tests build the payloads the routes return and compare
them with what the schemas keep.
"""

import pytest
from django.test import RequestFactory
from pydantic import TypeAdapter

from guide.api.v3.payloads.registry import page_payload, payload_for
from guide.api.v3.schemas.pages import GuidePage
from guide.api.v3.visibility import Visibility


def dropped_keys(raw, kept, where="$") -> list[str]:
    if isinstance(raw, dict) and isinstance(kept, dict):
        missing = [f"{where}.{key}" for key in raw if key not in kept]
        return missing + [
            found
            for key in raw
            if key in kept
            for found in dropped_keys(raw[key], kept[key], f"{where}.{key}")
        ]
    if isinstance(raw, list) and isinstance(kept, list):
        return [
            found
            for number, (a, b) in enumerate(zip(raw, kept, strict=True))
            for found in dropped_keys(a, b, f"{where}[{number}]")
        ]
    return []


@pytest.mark.django_db
def test_no_payload_key_is_dropped_by_its_schema(trek, destination, community, home):
    home.featured = [("page", trek)]
    home.save()
    visibility = Visibility.for_request(RequestFactory().get("/", HTTP_HOST="localhost"))
    pages = visibility.pages().specific()
    checked = set()
    for page in pages:
        payload = page_payload(type(page), page.pk, visibility)
        kept = TypeAdapter(GuidePage).dump_python(
            TypeAdapter(GuidePage).validate_python(payload), mode="json"
        )
        assert dropped_keys(payload, kept) == [], payload["type"]
        checked.add(payload["type"])
    assert checked == {
        "home",
        "itinerary_index",
        "destination_index",
        "community_index",
        "faq_index",
        "itinerary",
        "destination",
        "community",
    }
    assert all(payload_for(type(page)) for page in pages)
