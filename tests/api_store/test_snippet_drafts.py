"""A place or an FAQ is a draft until published: the public API keeps the published facts, and
the editor is told beforehand which published pages publishing will change."""

import io
from datetime import timedelta

import pytest
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone
from wagtail.models import Revision
from wagtail.test.utils.form_data import nested_form_data, rich_text
from wagtail.test.utils.timestamps import submittable_timestamp

from guide.places.models import Place
from tests.api_v3.helpers import API, get_json
from tests.places.forms import place_form_data

V2 = "/api/v2"


def place_data(place, **changes) -> dict:
    fields = {
        "name": place.name,
        "slug": place.slug,
        "kind": place.kind,
        "elevation_m": str(place.elevation_m),
        "latitude": str(place.latitude),
        "longitude": str(place.longitude),
        "aliases": place.aliases,
        "source_note": place.source_note,
    }
    return place_form_data(**{**fields, **changes})


def post_place(admin_client, place, data, *, publish=False):
    if publish:
        data["action-publish"] = "action-publish"
    url = reverse("wagtailsnippets_guide_places_place:edit", args=[place.pk])
    return admin_client.post(url, data, follow=True)


def messages_of(response) -> str:
    return " ".join(str(message) for message in response.context["messages"])


@pytest.mark.django_db
def test_a_place_draft_changes_no_public_answer_until_it_is_published(
    admin_client, client, cache_mode, guide, places, django_capture_on_commit_callbacks
):
    trek, pass_ = guide["trek"], places["ipsay_pass"]
    detail = f"{API}/itineraries/{trek.pk}/"
    assert get_json(client, detail)["max_altitude"]["m"] == 4450

    data = place_data(pass_, elevation_m="4600")
    with django_capture_on_commit_callbacks(execute=True):
        response = post_place(admin_client, pass_, data)

    assert response.status_code == 200
    assert (
        "1 itinerary's maximum altitude changes: Lares trek in 4 days (4,450 m → 4,600 m)"
        in messages_of(response)
    )
    assert get_json(client, detail)["max_altitude"]["m"] == 4450
    assert get_json(client, f"{API}/places/{pass_.slug}/")["elevation"]["m"] == 4450
    assert get_json(client, f"{V2}/places/{pass_.pk}/")["elevation"]["m"] == 4450

    with django_capture_on_commit_callbacks(execute=True):
        post_place(admin_client, pass_, data, publish=True)

    assert get_json(client, detail)["max_altitude"] == {"m": 4600, "ft": 15092}
    assert get_json(client, f"{API}/places/{pass_.slug}/")["elevation"]["m"] == 4600


@pytest.mark.django_db
def test_the_place_preview_lists_the_published_pages_a_draft_changes(admin_client, guide, places):
    pass_ = places["ipsay_pass"]
    preview = reverse("wagtailsnippets_guide_places_place:preview_on_edit", args=[pass_.pk])
    response = admin_client.post(preview, place_data(pass_, elevation_m="4380"))
    assert response.json()["is_valid"] is True

    html = admin_client.get(preview).content.decode()
    assert "Lares trek in 4 days</strong>: maximum altitude 4,450 m → 4,380 m" in html
    # The 2-day variant stays below the pass: its maximum does not move, only its profile.
    assert "Lares in 2 days" not in html


@pytest.mark.django_db
def test_a_new_place_is_not_public_until_published(admin_client, client, places):
    data = place_form_data(name="Cuncani", kind="village", elevation_m="3750")
    admin_client.post(reverse("wagtailsnippets_guide_places_place:add"), data)
    assert [item["name"] for item in get_json(client, f"{API}/places/?q=cuncani")["items"]] == []
    get_json(client, f"{API}/places/cuncani/", status=404)

    data["action-publish"] = "action-publish"
    cuncani = Place.objects.get(name="Cuncani")
    admin_client.post(reverse("wagtailsnippets_guide_places_place:edit", args=[cuncani.pk]), data)
    assert get_json(client, f"{API}/places/cuncani/")["elevation"]["m"] == 3750


def faq_data(faq, **changes) -> dict:
    return nested_form_data(
        {
            "question": faq.question,
            "answer": rich_text(faq.answer),
            "topic": faq.topic_id,
            "sort_order": faq.sort_order,
            **changes,
        }
    )


@pytest.mark.django_db
def test_an_faq_draft_keeps_the_published_answer_on_every_page(
    admin_client, client, cache_mode, guide, django_capture_on_commit_callbacks
):
    trek, faq = guide["trek"], guide["faq"]
    detail = f"{API}/itineraries/{trek.pk}/"
    edit = reverse("wagtailsnippets_guide_faqs_faq:edit", args=[faq.pk])
    data = faq_data(faq, question="How high is the Ipsaycocha pass?")

    with django_capture_on_commit_callbacks(execute=True):
        admin_client.post(edit, data)
    assert get_json(client, detail)["faqs"][0]["question"] == "How high is the pass?"

    with django_capture_on_commit_callbacks(execute=True):
        admin_client.post(edit, {**data, "action-publish": "action-publish"})
    assert get_json(client, detail)["faqs"][0]["question"] == "How high is the Ipsaycocha pass?"


@pytest.mark.django_db
def test_an_unpublished_faq_leaves_its_pages_and_the_faq_index(
    admin_client, client, cache_mode, guide, django_capture_on_commit_callbacks
):
    trek, faq = guide["trek"], guide["faq"]
    detail = f"{API}/itineraries/{trek.pk}/"
    assert len(get_json(client, detail)["faqs"]) == 1

    unpublish = reverse("wagtailsnippets_guide_faqs_faq:unpublish", args=[faq.pk])
    with django_capture_on_commit_callbacks(execute=True):
        admin_client.post(unpublish)

    assert get_json(client, detail)["faqs"] == []
    index = get_json(client, f"{API}/pages/by-path/?path=/questions/")
    assert faq.question not in [item["question"] for g in index["topics"] for item in g["faqs"]]
    assert get_json(client, f"{API}/faqs/")["count"] == 0
    assert get_json(client, f"{V2}/faqs/")["meta"]["total_count"] == 0


@pytest.mark.django_db
def test_a_scheduled_place_edit_goes_live_at_its_time_and_can_be_compared_and_reverted(
    admin_client, client, guide, places, django_capture_on_commit_callbacks
):
    pass_ = places["ipsay_pass"]
    detail = f"{API}/itineraries/{guide['trek'].pk}/"
    soon = timezone.now() + timedelta(hours=1)
    data = place_data(pass_, elevation_m="4600", go_live_at=submittable_timestamp(soon))
    with django_capture_on_commit_callbacks(execute=True):
        post_place(admin_client, pass_, data, publish=True)
    assert get_json(client, detail)["max_altitude"]["m"] == 4450  # scheduled, not yet live

    # The hour passes: the scheduled revision's time is now behind us.
    [scheduled] = Revision.objects.filter(approved_go_live_at__isnull=False)
    scheduled.approved_go_live_at = timezone.now() - timedelta(minutes=1)
    scheduled.content["go_live_at"] = scheduled.approved_go_live_at.isoformat()
    scheduled.save()
    with django_capture_on_commit_callbacks(execute=True):
        call_command("publish_scheduled", stdout=io.StringIO())
    assert get_json(client, detail)["max_altitude"]["m"] == 4600

    pass_.refresh_from_db()
    first, latest = pass_.revisions.order_by("created_at")[:2]
    compare = reverse(
        "wagtailsnippets_guide_places_place:revisions_compare",
        args=[pass_.pk, first.pk, latest.pk],
    )
    assert "4600" in admin_client.get(compare).content.decode()
    revert = reverse(
        "wagtailsnippets_guide_places_place:revisions_revert", args=[pass_.pk, first.pk]
    )
    assert admin_client.get(revert).status_code == 200  # the editor, filled with the old figures
