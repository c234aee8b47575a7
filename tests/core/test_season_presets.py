"""Filling a season calendar in one action: a preset of GUIDE["SEASON_PRESETS"], or another
page's calendar."""

import pytest
from django.core.exceptions import ImproperlyConfigured
from django.urls import reverse

from guide.core.season_presets import preset_rows, season_calendar_models, season_presets
from guide.destinations.models import DestinationPage
from guide.itineraries.models import ItineraryPage

from .admin_forms import edit_form_data, edit_url

PRESETS = {
    "dry": {
        "label": "Dry season May to September",
        "months": {month: "best" for month in range(5, 10)}
        | {4: "good", 10: "good", 11: "possible", 12: "possible", 1: "avoid", 2: "avoid"}
        | {3: "possible"},
        "notes": {1: "Wettest month.", 7: "Busiest month."},
    },
    "short": {"label": "Only June", "months": {6: "best"}},
}


@pytest.fixture(autouse=True)
def presets(settings):
    settings.GUIDE = {**settings.GUIDE, "SEASON_PRESETS": PRESETS}


def calendar(page) -> list[tuple]:
    return [(row.month, row.rating, row.note) for row in page.season_months.all()]


def post_edit(client, page, *, publish=True, **fields):
    data = edit_form_data(client, page)
    data.update(fields)
    if publish:
        data["action-publish"] = "action-publish"
    return client.post(edit_url(page), data)


def with_calendar(page, rows):
    """``page`` with a published season calendar of ``rows`` (month, rating, note)."""
    page = page.get_latest_revision_as_object()
    page.season_months = [
        type(page).season_months.rel.related_model(
            month=month, rating=rating, note=note, sort_order=position, locale=page.locale
        )
        for position, (month, rating, note) in enumerate(rows)
    ]
    page.save_revision().publish()
    return type(page).objects.get(pk=page.pk)


def test_a_preset_becomes_rows_in_calendar_order_with_its_notes():
    rows = preset_rows("dry")
    assert [month for month, _, _ in rows] == list(range(1, 13))
    assert rows[0] == (1, "avoid", "Wettest month.")
    assert rows[5] == (6, "best", "")


def test_a_preset_naming_an_unknown_rating_stops_with_the_reason(settings):
    settings.GUIDE = {
        **settings.GUIDE,
        "SEASON_PRESETS": {"odd": {"label": "Odd", "months": {6: "superb"}}},
    }
    with pytest.raises(ImproperlyConfigured, match=r"rates month 6 'superb'; ratings are best"):
        season_presets()


def test_the_page_types_with_a_season_calendar_can_be_copied_from():
    assert set(season_calendar_models()) == {ItineraryPage, DestinationPage}


def test_a_preset_replaces_an_itineraries_calendar(admin_client, lares_trek):
    trek = with_calendar(lares_trek, [(6, "good", "Old note"), (2, "avoid", "")])

    response = post_edit(admin_client, trek, season_preset="dry")

    assert response.status_code == 302
    assert calendar(ItineraryPage.objects.get(pk=trek.pk)) == preset_rows("dry")


def test_a_preset_with_some_months_leaves_the_others_out(admin_client, lares_trek):
    trek = with_calendar(lares_trek, [(1, "avoid", "")])

    assert post_edit(admin_client, trek, season_preset="short").status_code == 302

    assert calendar(ItineraryPage.objects.get(pk=trek.pk)) == [(6, "best", "")]


def test_a_preset_fills_a_destinations_calendar_as_a_draft(admin_client, destination):
    response = post_edit(admin_client, destination, publish=False, season_preset="dry")

    assert response.status_code == 302
    page = DestinationPage.objects.get(pk=destination.pk)
    assert calendar(page) == []  # the live page waits for publishing
    assert calendar(page.get_latest_revision_as_object()) == preset_rows("dry")
    assert all(
        row.locale_id == page.locale_id
        for row in page.get_latest_revision_as_object().season_months.all()
    )


def test_a_calendar_is_copied_from_another_pages_latest_draft(
    admin_client, lares_trek, destination
):
    trek = with_calendar(lares_trek, [(5, "best", "Dry.")])
    draft = edit_form_data(admin_client, trek)
    draft["season_months-0-note"] = "Dry, drafted."
    assert admin_client.post(edit_url(trek), draft).status_code == 302

    response = post_edit(admin_client, destination, season_copy_from=str(trek.pk))

    assert response.status_code == 302
    assert calendar(DestinationPage.objects.get(pk=destination.pk)) == [
        (5, "best", "Dry, drafted.")
    ]
    assert calendar(ItineraryPage.objects.get(pk=trek.pk)) == [(5, "best", "Dry.")]


def test_copying_from_a_page_without_a_calendar_is_refused(admin_client, lares_trek, destination):
    response = post_edit(admin_client, lares_trek, season_copy_from=str(destination.pk))

    assert response.status_code == 200
    assert f"{destination.title} has no season calendar." in response.content.decode()


def test_a_preset_and_a_page_to_copy_from_together_are_refused(
    admin_client, lares_trek, destination
):
    trek = with_calendar(lares_trek, [(5, "best", "")])

    response = post_edit(
        admin_client, destination, season_preset="dry", season_copy_from=str(trek.pk)
    )

    assert response.status_code == 200
    assert "Choose a preset or a page to copy from, not both." in response.content.decode()


def test_the_fields_are_empty_again_after_saving(admin_client, destination):
    assert post_edit(admin_client, destination, season_preset="dry").status_code == 302

    again = edit_form_data(admin_client, DestinationPage.objects.get(pk=destination.pk))
    assert (again.get("season_preset", ""), again.get("season_copy_from", "")) == ("", "")
    assert again["season_months-TOTAL_FORMS"] == "12"


def test_the_preview_shows_the_preset_before_saving(admin_client, lares_trek):
    data = edit_form_data(admin_client, lares_trek)
    data["season_preset"] = "dry"
    preview_url = reverse("wagtailadmin_pages:preview_on_edit", args=[lares_trek.pk])

    assert admin_client.post(preview_url, data).json()["is_valid"]
    html = admin_client.get(preview_url + "?mode=").content.decode()

    assert "Busiest month." in html
    assert calendar(lares_trek.get_latest_revision_as_object()) == []


@pytest.mark.parametrize("page_fixture", ["lares_trek", "destination"])
def test_the_editor_offers_the_presets_above_the_calendar(admin_client, request, page_fixture):
    page = request.getfixturevalue(page_fixture)

    html = admin_client.get(edit_url(page)).content.decode()

    assert "Fill the season calendar" in html
    assert '<option value="dry">Dry season May to September</option>' in html
    assert html.index("Fill the season calendar") < html.index("Season calendar</")
    # Autosave leaves the fields out: they act once, on saving.
    assert 'name="season_preset" data-guide-on-save' in html
    assert 'addEventListener("w-autosave:save"' in html


def test_without_presets_only_the_copy_is_offered(admin_client, settings, destination):
    settings.GUIDE = {**settings.GUIDE, "SEASON_PRESETS": {}}

    html = admin_client.get(edit_url(destination)).content.decode()

    assert 'name="season_preset"' not in html
    assert 'name="season_copy_from"' in html


def test_the_demo_sites_andean_presets_are_valid(settings):
    from guide_site.settings.season_presets import ANDEAN_SEASON_PRESETS

    settings.GUIDE = {**settings.GUIDE, "SEASON_PRESETS": ANDEAN_SEASON_PRESETS}

    dry = dict((month, rating) for month, rating, _ in preset_rows("dry"))
    assert [month for month, rating in dry.items() if rating == "best"] == [5, 6, 7, 8, 9]
    assert (dry[4], dry[10]) == ("good", "good")
    assert {dry[month] for month in (11, 12, 1, 2, 3)} <= {"possible", "avoid"}
    assert len(preset_rows("wet")) == 12
