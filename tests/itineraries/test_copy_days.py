"""Copying days between itineraries and reversing a route, in the page editor and on their own."""

from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse
from wagtail.models import Locale

from guide.demo.builders.translations import translate
from guide.itineraries.copying import copy_day, parse_day_numbers, reversed_route
from guide.itineraries.forms import NO_DAYS
from guide.itineraries.models import ItineraryDay, ItineraryPage
from tests.core.admin_forms import add_url, edit_form_data, edit_url
from tests.itineraries.test_admin import itinerary_form

COPY_FIELDS = ("copy_days_from", "copy_day_numbers", "copy_reversed", "reverse_days")


def route(day) -> tuple:
    return (day.from_place.name, day.to_place.name)


def waypoint_names(day) -> list[str]:
    return [waypoint.place.name for waypoint in day.waypoints.all()]


def legs(day) -> list[tuple]:
    return [(leg.from_place.name, leg.to_place.name) for leg in day.transport_legs.all()]


def nights(days) -> list[tuple]:
    return [(day.overnight_type, day.sleeping_place and day.sleeping_place.name) for day in days]


def new_itinerary_copying(source, title, numbers, *, reverse=False, publish=True):
    """The add form of a new itinerary without days of its own, copying ``numbers`` of
    ``source``."""
    data = itinerary_form(title, [], publish=publish)
    data["copy_days_from"] = str(source.pk)
    data["copy_day_numbers"] = numbers
    if reverse:
        data["copy_reversed"] = "on"
    return data


# Day numbers


@pytest.mark.parametrize(
    ("text", "numbers"),
    [
        ("1-3", [1, 2, 3]),
        ("2", [2]),
        ("1,3", [1, 3]),
        (" 3, 1 ", [3, 1]),
        ("1–2, 4", [1, 2, 4]),
        ("", [1, 2, 3, 4]),
    ],
)
def test_day_numbers_are_read_in_the_order_written(text, numbers):
    assert parse_day_numbers(text, 4) == numbers


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("5", "The 4-day itinerary has no day 5."),
        ("2-6", "The 4-day itinerary has no day 6."),
        ("0-2", "Days are numbered from 1."),
        ("3-1", "Write the range 3-1 as 1-3."),
        ("1-2,2", "Day 2 is named twice."),
        ("day one", 'Give day numbers such as "1-3", "2" or "1,3".'),
        ("1;2", 'Give day numbers such as "1-3", "2" or "1,3".'),
    ],
)
def test_day_numbers_that_do_not_fit_are_refused_with_the_reason(text, message):
    with pytest.raises(ValidationError) as refused:
        parse_day_numbers(text, 4)
    assert refused.value.messages == [message]


# Copies and reversal, in memory


def test_a_copied_day_has_its_own_rows_and_translation_key(lares_trek):
    original = lares_trek.ordered_days()[1]

    copy = copy_day(original)

    assert copy.pk is None and copy.translation_key != original.translation_key
    assert (copy.title, route(copy), copy.distance_km, copy.meals) == (
        original.title,
        route(original),
        original.distance_km,
        original.meals,
    )
    assert waypoint_names(copy) == waypoint_names(original)
    assert all(waypoint.pk is None for waypoint in copy.waypoints.all())


def test_reversed_days_are_walked_the_other_way(lares_trek):
    days = [copy_day(day) for day in lares_trek.ordered_days()]

    back = reversed_route(days)

    assert [route(day) for day in back] == [
        ("Cusco", "Aguas Calientes"),
        ("Ollantaytambo", "Patacancha"),
        ("Patacancha", "Huacahuasi"),
        ("Huacahuasi", "Lares hot springs"),
    ]
    assert waypoint_names(back[2]) == ["Ipsaycocha lake", "Ipsaycocha pass"]
    assert (back[2].ascent_m, back[2].descent_m) == (750, 650)
    assert legs(back[1]) == [("Aguas Calientes", "Ollantaytambo")]
    # Each night is still spent where it was; the night after the last day stays last.
    assert nights(back) == [
        ("hotel", "Aguas Calientes"),
        ("homestay", "Patacancha"),
        ("camp", "Huacahuasi"),
        ("none", None),
    ]


# In the page editor


def test_copying_days_1_to_3_publishes_a_new_itinerary_with_them(
    admin_client, itinerary_index, lares_trek
):
    response = admin_client.post(
        add_url(ItineraryPage, itinerary_index),
        new_itinerary_copying(lares_trek, "Lares in three days, express", "1-3"),
    )

    assert response.status_code == 302
    page = ItineraryPage.objects.get(slug="lares-in-three-days-express")
    assert page.live
    copied, source = page.ordered_days(), lares_trek.ordered_days()[:3]
    assert [day.title for day in copied] == [day.title for day in source]
    for copy, original in zip(copied, source, strict=True):
        assert route(copy) == route(original)
        assert waypoint_names(copy) == waypoint_names(original)
        assert legs(copy) == legs(original)
        assert (copy.hiking_hours_min, copy.hiking_hours_max, copy.distance_km) == (
            original.hiking_hours_min,
            original.hiking_hours_max,
            original.distance_km,
        )
        assert (copy.ascent_m, copy.descent_m, copy.meals) == (
            original.ascent_m,
            original.descent_m,
            original.meals,
        )
        assert (copy.overnight_type, copy.overnight_place, copy.description) == (
            original.overnight_type,
            original.overnight_place,
            original.description,
        )
        assert copy.locale == page.locale
        assert copy.translation_key != original.translation_key
    assert page.total_distance_km == Decimal("26.0")
    assert lares_trek.duration_days == 4  # the source is left alone


def test_the_copy_fields_are_empty_again_after_saving(admin_client, lares_trek):
    data = edit_form_data(admin_client, lares_trek)
    data["copy_days_from"] = str(lares_trek.pk)
    data["copy_day_numbers"] = "2"

    assert admin_client.post(edit_url(lares_trek), data).status_code == 302

    again = edit_form_data(admin_client, lares_trek)
    assert [again.get(name, "") for name in COPY_FIELDS] == ["", "", "", ""]
    assert again["days-TOTAL_FORMS"] == "5"


def test_a_day_copied_into_a_live_itinerary_waits_in_its_draft(admin_client, lares_trek):
    data = edit_form_data(admin_client, lares_trek)
    data["copy_days_from"] = str(lares_trek.pk)  # this page: repeat its day 2
    data["copy_day_numbers"] = "2"

    assert admin_client.post(edit_url(lares_trek), data).status_code == 302

    reloaded = ItineraryPage.objects.get(pk=lares_trek.pk)
    assert reloaded.duration_days == 4
    draft = reloaded.get_latest_revision_as_object()
    assert [day.title for day in draft.ordered_days()][-2:] == [
        "Machu Picchu and back to Cusco",
        "Over the Ipsaycocha pass",
    ]

    published = edit_form_data(admin_client, reloaded)
    published["action-publish"] = "action-publish"
    assert admin_client.post(edit_url(reloaded), published).status_code == 302
    assert ItineraryPage.objects.get(pk=lares_trek.pk).duration_days == 5


def test_a_copy_of_this_page_takes_its_days_as_posted(admin_client, lares_trek):
    data = edit_form_data(admin_client, lares_trek)
    data["days-1-title"] = "Over the pass, renamed before saving"
    data["copy_days_from"] = str(lares_trek.pk)
    data["copy_day_numbers"] = "2"

    assert admin_client.post(edit_url(lares_trek), data).status_code == 302

    draft = ItineraryPage.objects.get(pk=lares_trek.pk).get_latest_revision_as_object()
    assert draft.ordered_days()[-1].title == "Over the pass, renamed before saving"


def test_a_copy_takes_the_source_as_its_latest_draft_shows_it(
    admin_client, itinerary_index, lares_trek
):
    draft = edit_form_data(admin_client, lares_trek)
    draft["days-0-title"] = "Drafted title of day 1"
    assert admin_client.post(edit_url(lares_trek), draft).status_code == 302

    response = admin_client.post(
        add_url(ItineraryPage, itinerary_index),
        new_itinerary_copying(lares_trek, "From the draft", "1"),
    )

    assert response.status_code == 302
    assert [
        day.title for day in ItineraryPage.objects.get(slug="from-the-draft").ordered_days()
    ] == ["Drafted title of day 1"]


def test_copied_days_can_be_reversed(admin_client, itinerary_index, lares_trek):
    response = admin_client.post(
        add_url(ItineraryPage, itinerary_index),
        new_itinerary_copying(lares_trek, "Back to Lares", "1-3", reverse=True),
    )

    assert response.status_code == 302
    days = ItineraryPage.objects.get(slug="back-to-lares").ordered_days()
    assert [route(day) for day in days] == [
        ("Ollantaytambo", "Patacancha"),
        ("Patacancha", "Huacahuasi"),
        ("Huacahuasi", "Lares hot springs"),
    ]
    assert waypoint_names(days[1]) == ["Ipsaycocha lake", "Ipsaycocha pass"]
    assert legs(days[0]) == [("Aguas Calientes", "Ollantaytambo")]
    assert legs(days[2]) == [("Lares hot springs", "Cusco")]
    assert (days[1].ascent_m, days[1].descent_m) == (750, 650)


def test_reversing_this_itinerary_turns_its_own_days_around(admin_client, lares_trek):
    data = edit_form_data(admin_client, lares_trek)
    data["reverse_days"] = "on"
    data["action-publish"] = "action-publish"
    day_ids = sorted(day.pk for day in lares_trek.ordered_days())

    assert admin_client.post(edit_url(lares_trek), data).status_code == 302

    page = ItineraryPage.objects.get(pk=lares_trek.pk)
    days = page.ordered_days()
    assert [route(day) for day in days] == [
        ("Cusco", "Aguas Calientes"),
        ("Ollantaytambo", "Patacancha"),
        ("Patacancha", "Huacahuasi"),
        ("Huacahuasi", "Lares hot springs"),
    ]
    assert sorted(day.pk for day in days) == day_ids  # the same rows, turned around
    assert waypoint_names(days[2]) == ["Ipsaycocha lake", "Ipsaycocha pass"]
    assert (page.start_place.name, page.end_place.name) == ("Cusco", "Lares hot springs")


@pytest.mark.parametrize(
    ("numbers", "message"),
    [
        ("5", "The 4-day itinerary has no day 5."),
        ("1-9", "The 4-day itinerary has no day 9."),
        ("first", "Give day numbers such as &quot;1-3&quot;, &quot;2&quot; or &quot;1,3&quot;."),
    ],
)
def test_days_the_source_does_not_have_are_refused(
    admin_client, itinerary_index, lares_trek, numbers, message
):
    response = admin_client.post(
        add_url(ItineraryPage, itinerary_index),
        new_itinerary_copying(lares_trek, "Too far", numbers),
    )

    assert response.status_code == 200
    assert message in response.content.decode()
    assert not ItineraryPage.objects.filter(slug="too-far").exists()


def test_days_without_an_itinerary_to_copy_from_are_refused(admin_client, lares_trek):
    data = edit_form_data(admin_client, lares_trek)
    data["copy_day_numbers"] = "1-3"

    response = admin_client.post(edit_url(lares_trek), data)

    assert response.status_code == 200
    assert "Choose the itinerary to copy the days from." in response.content.decode()


def test_publishing_needs_a_day_of_its_own_or_copied(admin_client, itinerary_index):
    response = admin_client.post(
        add_url(ItineraryPage, itinerary_index), itinerary_form("No days yet", [])
    )

    assert response.status_code == 200
    assert NO_DAYS in response.content.decode()
    assert not ItineraryPage.objects.filter(slug="no-days-yet").exists()

    draft = admin_client.post(
        add_url(ItineraryPage, itinerary_index), itinerary_form("No days yet", [], publish=False)
    )
    assert draft.status_code == 302  # a draft may wait for its days
    assert not ItineraryPage.objects.get(slug="no-days-yet").live


def test_the_preview_shows_the_copied_days_before_saving(admin_client, lares_trek):
    data = edit_form_data(admin_client, lares_trek)
    data["copy_days_from"] = str(lares_trek.pk)
    data["copy_day_numbers"] = "2"
    data["copy_reversed"] = "on"
    preview_url = reverse("wagtailadmin_pages:preview_on_edit", args=[lares_trek.pk])

    assert admin_client.post(preview_url, data).json()["is_valid"]
    html = admin_client.get(preview_url + "?mode=").content.decode()

    assert html.count("Over the Ipsaycocha pass") == 2
    assert (
        ItineraryPage.objects.get(pk=lares_trek.pk).get_latest_revision_as_object().duration_days
        == 4
    )


def test_the_days_tab_offers_the_copy_and_the_reversal(admin_client, lares_trek):
    html = admin_client.get(edit_url(lares_trek)).content.decode()

    assert "Copy days" in html
    assert "Reverse: walk them the other way" in html
    assert "Reverse the days of this itinerary" in html
    # Autosave leaves these out: they act once, on saving.
    assert html.count("data-guide-on-save") >= len(COPY_FIELDS)
    assert html.count('addEventListener("w-autosave:save"') == 1


# Translations


@pytest.fixture
def spanish_trek(lares_trek, home, django_capture_on_commit_callbacks):
    spanish = Locale.objects.get_or_create(language_code="es")[0]
    with django_capture_on_commit_callbacks(execute=True):
        for original in [home, lares_trek.get_parent().specific, lares_trek]:
            translate(original, spanish, {"Over the Ipsaycocha pass": "Por el abra Ipsaycocha"})
    return lares_trek.get_translation(spanish)


def test_days_copied_from_a_translation_take_this_pages_language(
    admin_client, lares_trek, spanish_trek, django_capture_on_commit_callbacks
):
    data = edit_form_data(admin_client, lares_trek)
    data["copy_days_from"] = str(spanish_trek.pk)
    data["copy_day_numbers"] = "2"
    data["action-publish"] = "action-publish"

    with django_capture_on_commit_callbacks(execute=True):
        assert admin_client.post(edit_url(lares_trek), data).status_code == 302

    english = ItineraryPage.objects.get(pk=lares_trek.pk)
    copied = english.ordered_days()[-1]
    assert copied.title == "Por el abra Ipsaycocha"  # the words as copied, for the editor
    assert copied.locale == english.locale
    assert copied.translation_key != spanish_trek.ordered_days()[1].translation_key
    # Publishing brought the Spanish translation in step: it has the new day too.
    spanish = ItineraryPage.objects.get(pk=spanish_trek.pk)
    assert spanish.duration_days == 5
    assert {day.locale_id for day in spanish.ordered_days()} == {spanish.locale_id}
    assert set(
        ItineraryDay.objects.filter(translation_key=copied.translation_key).values_list(
            "locale_id", flat=True
        )
    ) == {english.locale_id, spanish.locale_id}
