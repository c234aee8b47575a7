"""Editors see findings when they save, in the page explorer and in the findings view."""

import contextlib
from io import StringIO

from django.contrib.messages import get_messages
from django.core.management import CommandError, call_command
from django.urls import reverse

from guide.facts.models import Finding
from tests.core.admin_forms import edit_form_data, edit_url
from tests.places.forms import place_form_data

FINDINGS_URL = "/admin/facts/findings/"


def test_saving_a_page_warns_about_each_finding(admin_client, write_itinerary):
    page = write_itinerary(summary="A walk over the pass.")
    data = edit_form_data(admin_client, page)
    data["summary"] = "The Ipsaycocha pass tops out at 4,600 m."

    response = admin_client.post(edit_url(page), data, follow=True)

    assert response.status_code == 200
    warnings = [str(m) for m in get_messages(response.wsgi_request)] or [
        str(m) for m in response.context["messages"]
    ]
    [warning] = [m for m in warnings if "disagree" in m]
    assert "The Ipsaycocha pass tops out at 4,600 m." in warning
    assert "Ipsaycocha pass is recorded as 4,450 m (14,600 ft)" in warning
    assert Finding.objects.filter(object_id=str(page.pk)).count() == 1


def test_saving_an_agreeing_page_gives_no_warning_and_clears_findings(
    admin_client, write_itinerary
):
    page = write_itinerary(summary="A walk over the pass.")
    data = edit_form_data(admin_client, page)
    data["summary"] = "The Ipsaycocha pass tops out at 4,600 m."
    admin_client.post(edit_url(page), data, follow=True)  # shows (and so uses up) the warning
    data["summary"] = "The Ipsaycocha pass tops out at 4,450 m."

    response = admin_client.post(edit_url(page), data, follow=True)

    assert not [m for m in response.context["messages"] if "disagree" in str(m)]
    assert not Finding.objects.exists()


def test_the_explorer_marks_pages_with_findings(admin_client, write_itinerary, itinerary_index):
    page = write_itinerary(summary="A walk over the pass.")
    data = edit_form_data(admin_client, page)
    data["summary"] = "The Ipsaycocha pass tops out at 4,600 m. Huacahuasi is at 3,000 m."
    admin_client.post(edit_url(page), data)

    response = admin_client.get(reverse("wagtailadmin_explore", args=[itinerary_index.pk]))

    assert "2 fact findings" in response.content.decode()


def test_the_findings_view_answers_editors_with_json(admin_client, write_itinerary):
    page = write_itinerary(summary="A walk over the pass.")
    data = edit_form_data(admin_client, page)
    data["summary"] = "The Ipsaycocha pass tops out at 4,600 m."
    admin_client.post(edit_url(page), data)

    body = admin_client.get(FINDINGS_URL, {"id": page.pk}).json()

    assert body["count"] == 1
    [finding] = body["findings"]
    assert finding["object"]["type"] == "guide_itineraries.itinerarypage"
    assert (finding["subject"], finding["stated"]) == ("Ipsaycocha pass", "4,600 m")


def test_the_findings_view_refuses_anonymous_users(client, write_itinerary):
    write_itinerary(summary="The Ipsaycocha pass tops out at 4,600 m.")
    with contextlib.suppress(CommandError):
        call_command("check_facts", stdout=StringIO())
    assert Finding.objects.exists()

    response = client.get(FINDINGS_URL)

    assert response.status_code in (302, 403)
    assert b"4,600" not in response.content


def test_publishing_a_place_refreshes_the_markers_of_pages_that_state_its_figure(
    admin_client, write_itinerary, itinerary_index, places, django_capture_on_commit_callbacks
):
    page = write_itinerary(summary="A walk over the pass.")
    data = edit_form_data(admin_client, page)
    data["summary"] = "The Ipsaycocha pass tops out at 4,600 m."
    admin_client.post(edit_url(page), data)
    assert Finding.objects.filter(object_id=str(page.pk)).count() == 1

    # The survey settles it: the pass is published at 4,600 m, and the sentence now agrees.
    pass_ = places["ipsay_pass"]
    edit = reverse("wagtailsnippets_guide_places_place:edit", args=[pass_.pk])
    place = place_form_data(
        name=pass_.name,
        slug=pass_.slug,
        elevation_m="4600",
        latitude=str(pass_.latitude),
        longitude=str(pass_.longitude),
        aliases=pass_.aliases,
    )
    with django_capture_on_commit_callbacks(execute=True):
        admin_client.post(edit, place)  # a draft: the published figure, and the marker, stay
    assert Finding.objects.filter(object_id=str(page.pk)).count() == 1
    with django_capture_on_commit_callbacks(execute=True):
        admin_client.post(edit, {**place, "action-publish": "action-publish"})

    assert not Finding.objects.filter(object_id=str(page.pk)).exists()
    response = admin_client.get(reverse("wagtailadmin_explore", args=[itinerary_index.pk]))
    assert "fact finding" not in response.content.decode()
