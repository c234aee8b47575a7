"""A destination's typed facts: pools, water, opening, wildlife, plants, experiences, notes on
related destinations and nearby communities, from the editor to the API."""

from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils.text import slugify
from wagtail.models import ReferenceIndex
from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield

from guide.api.store.render import render_pages
from guide.destinations.models import (
    DestinationCommunity,
    DestinationOpeningMonth,
    DestinationPage,
    DestinationPlant,
    DestinationWildlife,
    RelatedDestination,
    WaterComponent,
)
from tests.api_v3.helpers import API, get_json, restrict_with_password
from tests.core.admin_forms import add_url, edit_form_data, edit_url
from tests.factories import CommunityProfilePageFactory, DestinationPageFactory, publish


def errors_of(obj, **kwargs):
    with pytest.raises(ValidationError) as excinfo:
        obj.full_clean(**kwargs)
    return excinfo.value.message_dict


def village(community_index, places, title, place="patacancha", live=True):
    page = CommunityProfilePageFactory(parent=community_index, title=title, place=places[place])
    if live:
        return publish(page)
    page.unpublish()
    return page


# Pools: a range, because sources count differently.


def test_one_pool_count_is_a_range_of_that_number(destination):
    destination.pool_count_min, destination.pool_count_max = 3, None
    destination.full_clean()
    assert (destination.pool_count_min, destination.pool_count_max) == (3, 3)


@pytest.mark.parametrize(
    ("low", "high", "note", "field", "message"),
    [
        (6, 3, "", "pool_count_max", "The most pools must not be below the fewest."),
        (None, 6, "", "pool_count_min", "Give the fewest pools too (the same number if sure)."),
        (
            None,
            None,
            "Some say 6",
            "pool_count_note",
            "Give the number of pools this note is about.",
        ),
        (0, 3, "", "pool_count_min", "Count at least one pool, or leave the number empty."),
    ],
)
def test_a_pool_count_that_does_not_add_up_is_refused(destination, low, high, note, field, message):
    destination.pool_count_min, destination.pool_count_max = low, high
    destination.pool_count_note = note
    assert errors_of(destination)[field] == [message]


@pytest.mark.parametrize(
    ("amount", "unit", "field", "message"),
    [
        (Decimal("12.5"), "", "unit", "Choose the unit of the amount."),
        (None, "mg/L", "amount", "Give the amount, or clear the unit."),
        (Decimal("-1"), "mg/L", "amount", "An amount cannot be below zero."),
    ],
)
def test_a_water_amount_needs_its_unit(destination, amount, unit, field, message):
    component = WaterComponent(page=destination, name="Sulphur", amount=amount, unit=unit)
    assert errors_of(component)[field] == [message]


# The editor: the Facts tab, and lists that must not name anything twice.


def destination_form(title, place, **inlines):
    """The add form of a destination, publishing, with ``inlines`` as lists of form dicts."""

    def rows(name, **options):
        return inline_formset([{"id": "", **row} for row in inlines.get(name, [])], **options)

    data = nested_form_data(
        {
            "title": title,
            "slug": slugify(title),
            "summary": "Warm pools below the pass.",
            "hero_image": "",
            "place": str(place.pk),
            "body": streamfield([]),
            "temperature_min_c": "",
            "temperature_max_c": "",
            "temperature_note": "",
            "pool_count_min": inlines.get("pools", ("", ""))[0],
            "pool_count_max": inlines.get("pools", ("", ""))[1],
            "pool_count_note": "",
            "facilities": streamfield([]),
            "experiences": streamfield(inlines.get("experiences", [])),
            "opening_hours": "",
            "best_time_of_day": "",
            "best_time_note": "",
            "water_components": rows("water_components"),
            "opening_months": rows("opening_months", max=12),
            "wildlife": rows("wildlife"),
            "plants": rows("plants"),
            "access_routes": rows("access_routes"),
            "season_months": rows("season_months", max=12),
            "related_destinations": rows("related_destinations"),
            "nearby_communities": rows("nearby_communities"),
            "faq_links": rows("faq_links"),
            "seo_title": "",
            "search_description": "",
            "go_live_at": "",
            "expire_at": "",
        }
    )
    if inlines.get("open_all_year"):
        data["open_all_year"] = "on"
    data["action-publish"] = "action-publish"
    return data


def add_destination(admin_client, destination_index, data):
    return admin_client.post(add_url(DestinationPage, destination_index), data)


def test_the_facts_tab_offers_every_typed_fact(admin_client, destination):
    html = admin_client.get(edit_url(destination)).content.decode()
    for heading in (
        "Pools",
        "Water composition",
        "Opening and best time",
        "Wildlife you may see",
        "Plants and their traditional uses",
        "Communities nearby",
    ):
        assert heading in html, heading
    assert "The highest count given. Left empty, it is the same as the fewest." in html


def test_a_destination_is_added_with_every_typed_fact(
    admin_client, destination_index, community_index, places, destination
):
    huacahuasi = village(community_index, places, "Huacahuasi", "huacahuasi")
    data = destination_form(
        "Lares pools",
        places["lares"],
        pools=("3", "6"),
        experiences=[
            (
                "experience",
                {
                    "kind": "bathing",
                    "title": "A soak",
                    "duration_minutes": "60",
                    "bookable": "",
                    "description": "",
                },
            )
        ],
        water_components=[{"name": "Sulphur", "amount": "", "unit": "", "note": "By smell"}],
        opening_months=[{"month": "5"}, {"month": "6"}],
        wildlife=[{"species": "Alpaca", "where": "Above the pools", "likelihood": "common"}],
        plants=[{"name": "Peruvian feather grass", "local_name": "ichu", "use": "Thatch"}],
        related_destinations=[{"destination": str(destination.pk), "note": "Its neighbour."}],
        nearby_communities=[{"community": str(huacahuasi.pk)}],
    )

    response = add_destination(admin_client, destination_index, data)

    assert response.status_code == 302, response.content.decode()[:2000]
    page = DestinationPage.objects.get(slug="lares-pools")
    data = get_json(admin_client, f"{API}/destinations/{page.pk}/")
    assert data["pools"] == {"min": 3, "max": 6, "note": ""}
    assert data["water_composition"] == [{"name": "Sulphur", "amount": None, "note": "By smell"}]
    assert data["opening"]["months"] == [5, 6]
    assert data["wildlife"][0]["likelihood"] == "common"
    assert data["plants"][0]["local_name"] == "ichu"
    assert data["experiences"][0]["duration"] == {"minutes": 60, "text": "1 h"}
    assert data["related_destinations"][0]["note"] == "Its neighbour."
    assert [link["title"] for link in data["communities"]] == ["Huacahuasi"]


@pytest.mark.parametrize(
    ("inlines", "message"),
    [
        (
            {"opening_months": [{"month": "7"}, {"month": "7"}]},
            "July is already in the opening months.",
        ),
        (
            {"water_components": [{"name": "Iron", "note": ""}, {"name": "Iron", "note": ""}]},
            "Iron is already in the water composition.",
        ),
        (
            {"opening_months": [{"month": "7"}], "open_all_year": True},
            "A destination open all year has no opening months",
        ),
        ({"pools": ("6", "3")}, "The most pools must not be below the fewest."),
    ],
)
def test_facts_that_contradict_themselves_are_refused_on_the_first_save(
    admin_client, destination_index, places, inlines, message
):
    water = inlines.pop("water_components", [])
    for row in water:
        row.update({"amount": "", "unit": ""})
    data = destination_form("Refused", places["lares"], water_components=water, **inlines)

    response = add_destination(admin_client, destination_index, data)

    assert response.status_code == 200
    assert message in response.content.decode()
    assert not DestinationPage.objects.filter(slug="refused").exists()


def test_a_community_listed_twice_is_refused_on_the_first_save(
    admin_client, destination_index, community_index, places
):
    huacahuasi = village(community_index, places, "Huacahuasi", "huacahuasi")
    twice = [{"community": str(huacahuasi.pk)}, {"community": str(huacahuasi.pk)}]
    data = destination_form("Twice Huacahuasi", places["lares"], nearby_communities=twice)

    response = add_destination(admin_client, destination_index, data)

    assert response.status_code == 200
    assert "Huacahuasi is already in the nearby communities." in response.content.decode()
    assert not DestinationPage.objects.filter(slug="twice-huacahuasi").exists()


def test_a_related_destination_listed_twice_is_refused_on_the_first_save(
    admin_client, destination_index, places, destination
):
    twice = [{"destination": str(destination.pk), "note": ""}] * 2
    data = destination_form("Twice the springs", places["lares"], related_destinations=twice)

    response = add_destination(admin_client, destination_index, data)

    assert response.status_code == 200
    assert f"{destination.title} is already in the related destinations." in (
        response.content.decode()
    )
    assert not DestinationPage.objects.filter(slug="twice-the-springs").exists()


def test_a_destination_related_to_itself_is_refused_in_the_editor(admin_client, destination):
    data = edit_form_data(admin_client, destination)
    data.update(
        {
            "related_destinations-TOTAL_FORMS": "1",
            "related_destinations-0-id": "",
            "related_destinations-0-destination": str(destination.pk),
            "related_destinations-0-note": "",
            "related_destinations-0-ORDER": "1",
            "action-publish": "action-publish",
        }
    )

    response = admin_client.post(edit_url(destination), data)

    assert response.status_code == 200
    assert "A destination cannot be related to itself." in response.content.decode()
    assert not destination.related_destinations.exists()


# The API: every fact, each link through the public rule.


@pytest.fixture
def described(destination, destination_index, community_index, places):
    """The hot springs with every typed fact, a related destination and three villages."""
    town = publish(
        DestinationPageFactory(parent=destination_index, title="Town", place=places["lares"])
    )
    page = DestinationPage.objects.get(pk=destination.pk)
    page.pool_count_min, page.pool_count_max, page.pool_count_note = 3, 6, "Some count 6."
    page.open_all_year, page.opening_hours = True, "Daily, 5 am to 9 pm"
    page.best_time_of_day, page.best_time_note = "early_morning", "Fewer groups."
    page.experiences = streamfield_value("bathing", "A soak", 45, True)
    page.water_components = [WaterComponent(name="Iron", amount=Decimal("1.5"), unit="mg/L")]
    page.opening_months = [DestinationOpeningMonth(month=3)]  # ignored: open all year
    page.wildlife = [
        DestinationWildlife(species="Condor", where="Over the pass", likelihood="rare")
    ]
    page.plants = [DestinationPlant(name="Potato", local_name="papa", use="Food")]
    page.related_destinations = [RelatedDestination(destination=town, note="Shops and a bus.")]
    page.nearby_communities = [
        DestinationCommunity(
            community=village(community_index, places, "Huacahuasi", "huacahuasi")
        ),
        DestinationCommunity(community=village(community_index, places, "Draft", live=False)),
        DestinationCommunity(community=village(community_index, places, "Private")),
    ]
    restrict_with_password(page.nearby_communities.all()[2].community)
    return publish(page)


def streamfield_value(kind, title, minutes, bookable):
    import json

    value = {
        "kind": kind,
        "title": title,
        "duration_minutes": minutes,
        "bookable": bookable,
        "description": "",
    }
    return json.dumps([{"type": "experience", "value": value}])


def test_the_api_states_every_typed_fact(client, described):
    data = get_json(client, f"{API}/destinations/{described.pk}/")

    assert data["pools"] == {"min": 3, "max": 6, "note": "Some count 6."}
    assert data["opening"] == {
        "all_year": True,
        "months": [],
        "hours": "Daily, 5 am to 9 pm",
        "best_time_of_day": "early_morning",
        "best_time_note": "Fewer groups.",
    }
    assert data["water_composition"] == [
        {"name": "Iron", "amount": {"value": 1.5, "unit": "mg/L"}, "note": ""}
    ]
    assert data["wildlife"] == [
        {"species": "Condor", "where": "Over the pass", "likelihood": "rare"}
    ]
    assert data["plants"] == [{"name": "Potato", "local_name": "papa", "use": "Food"}]
    assert data["experiences"] == [
        {
            "kind": "bathing",
            "title": "A soak",
            "duration": {"minutes": 45, "text": "45 min"},
            "bookable": True,
            "description": "",
        }
    ]
    [related] = data["related_destinations"]
    assert (related["title"], related["note"]) == ("Town", "Shops and a bus.")
    # The draft and the password-protected village are left out.
    assert [link["title"] for link in data["communities"]] == ["Huacahuasi"]
    v2 = get_json(client, f"/api/v2/pages/{described.pk}/?fields=*")
    assert v2["communities"] == data["communities"] and v2["opening"] == data["opening"]


def test_a_destination_without_typed_facts_says_so_with_nulls_and_empty_lists(client, destination):
    destination.pool_count_min = destination.pool_count_max = None
    data = get_json(client, f"{API}/destinations/{publish(destination).pk}/")
    assert data["pools"] is None and data["opening"] is None
    assert data["wildlife"] == data["plants"] == data["water_composition"] == []
    assert data["communities"] == data["experiences"] == []


def test_a_community_edit_re_renders_the_destinations_naming_it(
    client, described, django_capture_on_commit_callbacks
):
    url = f"{API}/destinations/{described.pk}/"
    assert get_json(client, url)["communities"][0]["title"] == "Huacahuasi"
    community = described.nearby_communities.first().community
    assert described.pk in {
        int(ref.object_id) for ref in ReferenceIndex.get_references_to(community)
    }

    community.title = "Huacahuasi village"
    with django_capture_on_commit_callbacks(execute=True):
        community.save_revision().publish()
    assert get_json(client, url)["communities"][0]["title"] == "Huacahuasi village"

    with django_capture_on_commit_callbacks(execute=True):
        community.unpublish()
    assert get_json(client, url)["communities"] == []


def render_queries(page_ids) -> int:
    render_pages(page_ids)  # warm process-wide caches (content types)
    with CaptureQueriesContext(connection) as queries:
        render_pages(page_ids)
    return len(queries)


def test_rendering_a_destination_costs_the_same_for_few_or_many_facts(
    described, destination_index, community_index, places
):
    many = DestinationPage.objects.get(
        pk=publish(
            DestinationPageFactory(parent=destination_index, title="Many", place=places["lares"])
        ).pk
    )
    many.wildlife = [
        DestinationWildlife(species=f"Bird {n}", likelihood="likely") for n in range(6)
    ]
    many.plants = [DestinationPlant(name=f"Plant {n}", use="Dye") for n in range(6)]
    many.water_components = [WaterComponent(name=f"Salt {n}") for n in range(6)]
    many.opening_months = [DestinationOpeningMonth(month=n) for n in range(1, 7)]
    many.nearby_communities = [
        DestinationCommunity(community=village(community_index, places, f"Village {n}"))
        for n in range(6)
    ]
    many.related_destinations = [RelatedDestination(destination=described, note="")] * 1
    publish(many)

    assert render_queries([many.pk]) == render_queries([described.pk])
