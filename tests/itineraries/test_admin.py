"""Writing itineraries in the real page editor: nested days, waypoints and transport legs."""

import pytest
from django.utils.text import slugify
from wagtail.models import Revision
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from guide.itineraries.models import ItineraryDay, ItineraryPage
from tests.core.admin_forms import add_url, edit_form_data, edit_url


def day_form(title, from_place, to_place, *, waypoints=(), transport=(), meals=(), **fields):
    form = {
        "id": "",
        "title": title,
        "from_place": str(from_place.pk),
        "to_place": str(to_place.pk),
        "hiking_hours_min": "",
        "hiking_hours_max": "",
        "distance_km": "",
        "ascent_m": "",
        "descent_m": "",
        "overnight_type": "camp",
        "overnight_place": "",
        "description": rich_text("<p>A steady climb past grazing llamas.</p>"),
        "waypoints": inline_formset([{"id": "", "place": str(place.pk)} for place in waypoints]),
        "transport_legs": inline_formset(
            [
                {
                    "id": "",
                    "mode": leg["mode"],
                    "from_place": str(leg["from_place"].pk),
                    "to_place": str(leg["to_place"].pk),
                    "duration_minutes": str(leg["duration_minutes"]),
                    "notes": "",
                }
                for leg in transport
            ]
        ),
    }
    form.update({meal: "on" for meal in meals})
    form.update({name: str(value) for name, value in fields.items()})
    return form


def itinerary_form(title, days, *, season=(), alternatives=(), publish=True):
    data = nested_form_data(
        {
            "title": title,
            "slug": slugify(title),
            "summary": "Two days over the Ipsaycocha pass.",
            "hero_image": "",
            "difficulty": "challenging",
            "permit_notes": "",
            "body": streamfield([]),
            "includes": streamfield([("item", "Tents"), ("item", "Cook and meals")]),
            "excludes": streamfield([]),
            "days": inline_formset(days, min=1),
            "season_months": inline_formset(
                [
                    {"id": "", "month": str(month), "rating": rating, "note": ""}
                    for month, rating in season
                ],
                max=12,
            ),
            "alternatives": inline_formset(
                [{"id": "", "alternative": str(page.pk), "note": ""} for page in alternatives]
            ),
            "faq_links": inline_formset([]),
            "booking_lead_times": inline_formset([]),
            "departures": inline_formset([]),
            "seo_title": "",
            "search_description": "",
            "go_live_at": "",
            "expire_at": "",
        }
    )
    if publish:
        data["action-publish"] = "action-publish"
    return data


def two_days(places, **second_day):
    return [
        day_form(
            "Up to the pass",
            places["huacahuasi"],
            places["patacancha"],
            waypoints=[places["ipsay_pass"], places["ipsay_lake"]],
            hiking_hours_min="6",
            hiking_hours_max="7",
            distance_km="12.0",
            ascent_m="650",
            descent_m="750",
            overnight_type="homestay",
            meals=["breakfast", "lunch", "dinner"],
        ),
        day_form(
            "Down to the train",
            places["patacancha"],
            places["ollantaytambo"],
            transport=[
                {
                    "mode": "train",
                    "from_place": places["ollantaytambo"],
                    "to_place": places["aguas"],
                    "duration_minutes": 95,
                },
            ],
            overnight_type="none",
            **second_day,
        ),
    ]


def test_an_editor_publishes_an_itinerary_with_days(admin_client, itinerary_index, places):
    response = admin_client.post(
        add_url(ItineraryPage, itinerary_index),
        itinerary_form("Lares in two days", two_days(places), season=[(6, "best"), (2, "avoid")]),
    )
    assert response.status_code == 302

    page = ItineraryPage.objects.get(slug="lares-in-two-days")
    assert page.live
    assert page.get_parent().specific == itinerary_index
    first, second = page.ordered_days()
    assert (first.title, first.to_place, first.meals) == (
        "Up to the pass",
        places["patacancha"],
        ["breakfast", "lunch", "dinner"],
    )
    assert [w.place for w in first.waypoints.all()] == [places["ipsay_pass"], places["ipsay_lake"]]
    assert [
        (leg.from_place, leg.to_place, leg.duration_minutes) for leg in second.transport_legs.all()
    ] == [(places["ollantaytambo"], places["aguas"], 95)]
    assert page.max_altitude_m == 4450
    assert [(m.month, m.rating) for m in page.season_months.all()] == [(6, "best"), (2, "avoid")]
    assert [item.value for item in page.includes] == ["Tents", "Cook and meals"]


def test_adding_a_day_that_ends_where_it_starts_is_refused(admin_client, itinerary_index, places):
    days = two_days(places)
    days[0]["to_place"] = days[0]["from_place"]
    pages_before, revisions_before = ItineraryPage.objects.count(), Revision.objects.count()

    response = admin_client.post(
        add_url(ItineraryPage, itinerary_index), itinerary_form("Going nowhere", days)
    )

    assert response.status_code == 200
    assert "A day must end somewhere other than where it starts." in response.content.decode()
    assert "Going nowhere" in response.content.decode()  # the editor's input is kept
    assert ItineraryPage.objects.count() == pages_before
    assert Revision.objects.count() == revisions_before
    assert not ItineraryDay.objects.filter(title="Up to the pass").exists()


def test_a_transport_leg_nested_in_a_day_is_validated(admin_client, itinerary_index, places):
    days = two_days(places)
    days[1]["transport_legs"]["0"]["to_place"] = str(places["ollantaytambo"].pk)

    response = admin_client.post(
        add_url(ItineraryPage, itinerary_index), itinerary_form("Train to nowhere", days)
    )

    assert response.status_code == 200
    assert "A transport leg must go somewhere else." in response.content.decode()
    assert not ItineraryPage.objects.filter(slug="train-to-nowhere").exists()


def test_hiking_hours_given_by_halves_are_refused(admin_client, itinerary_index, places):
    days = two_days(places, hiking_hours_min="3")

    response = admin_client.post(
        add_url(ItineraryPage, itinerary_index), itinerary_form("Half hours", days)
    )

    assert response.status_code == 200
    assert "Give both the least and most hiking hours, or neither." in response.content.decode()
    assert not ItineraryPage.objects.filter(slug="half-hours").exists()


def test_a_season_calendar_naming_a_month_twice_is_refused(admin_client, itinerary_index, places):
    response = admin_client.post(
        add_url(ItineraryPage, itinerary_index),
        itinerary_form("Twice June", two_days(places), season=[(6, "best"), (6, "good")]),
    )

    assert response.status_code == 200
    assert "June is already in the season calendar." in response.content.decode()
    assert not ItineraryPage.objects.filter(slug="twice-june").exists()


def test_an_alternative_listed_twice_is_refused_on_the_first_save(
    admin_client, itinerary_index, places, lares_trek
):
    response = admin_client.post(
        add_url(ItineraryPage, itinerary_index),
        itinerary_form("Twice Lares", two_days(places), alternatives=[lares_trek, lares_trek]),
    )

    assert response.status_code == 200
    assert f"{lares_trek.title} is already in the alternatives." in response.content.decode()
    assert not ItineraryPage.objects.filter(slug="twice-lares").exists()


@pytest.mark.parametrize("action", ["action-publish", None])
def test_editing_a_day_to_end_where_it_starts_saves_nothing(
    admin_client, lares_trek, places, action
):
    data = edit_form_data(admin_client, lares_trek)
    assert data["days-1-title"] == "Over the Ipsaycocha pass"
    data["days-1-to_place"] = data["days-1-from_place"]
    if action:
        data[action] = action
    latest_before = lares_trek.get_latest_revision()
    revisions_before = lares_trek.revisions.count()

    response = admin_client.post(edit_url(lares_trek), data)

    assert response.status_code == 200
    assert "A day must end somewhere other than where it starts." in response.content.decode()
    reloaded = ItineraryPage.objects.get(pk=lares_trek.pk)
    assert reloaded.revisions.count() == revisions_before
    assert reloaded.get_latest_revision() == latest_before
    assert reloaded.ordered_days()[1].to_place == places["patacancha"]


def test_publishing_an_edited_day_changes_the_derived_figures(admin_client, lares_trek, places):
    data = edit_form_data(admin_client, lares_trek)
    # Day 2 no longer crosses the pass: only the lake remains as a waypoint.
    data["days-1-waypoints-0-DELETE"] = "1"
    data["action-publish"] = "action-publish"

    response = admin_client.post(edit_url(lares_trek), data)

    assert response.status_code == 302
    reloaded = ItineraryPage.objects.get(pk=lares_trek.pk)
    assert reloaded.passes() == []
    assert reloaded.max_altitude_m == 4250


def test_a_draft_edit_leaves_the_live_days_alone(admin_client, lares_trek, places):
    data = edit_form_data(admin_client, lares_trek)
    data["days-1-waypoints-0-DELETE"] = "1"  # saved as a draft, not published

    response = admin_client.post(edit_url(lares_trek), data)

    assert response.status_code == 302
    reloaded = ItineraryPage.objects.get(pk=lares_trek.pk)
    assert reloaded.has_unpublished_changes
    assert reloaded.max_altitude_m == 4450
    assert reloaded.get_latest_revision_as_object().max_altitude_m == 4250


def test_an_itinerary_climbing_too_fast_is_saved_with_a_warning(
    admin_client, itinerary_index, places
):
    # From Lares (3,090 m) to a night at Huacahuasi (3,800 m): 710 m in one night.
    days = [day_form("Straight up", places["lares"], places["huacahuasi"])]
    response = admin_client.post(
        add_url(ItineraryPage, itinerary_index), itinerary_form("Fast climb", days), follow=True
    )
    assert response.status_code == 200
    assert ItineraryPage.objects.get(slug="fast-climb").live  # advice, not a refusal
    warnings = [str(message) for message in response.context["messages"]]
    assert any(
        "Acclimatisation: Night 1 at Huacahuasi (3,800 m) sleeps 710 m higher" in warning
        for warning in warnings
    ), warnings
