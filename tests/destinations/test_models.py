import pytest
from django.core.exceptions import ValidationError

from guide.destinations.models import DestinationAccessRoute, DestinationPage, RelatedDestination
from tests.core.admin_forms import edit_form_data, edit_url
from tests.factories import DestinationPageFactory


def errors_of(obj, **kwargs):
    with pytest.raises(ValidationError) as excinfo:
        obj.full_clean(**kwargs)
    return excinfo.value.message_dict


def test_a_temperature_range_upside_down_is_rejected(destination):
    destination.temperature_min_c, destination.temperature_max_c = 40, 32
    assert errors_of(destination)["temperature_max_c"] == [
        "The highest temperature must not be below the lowest."
    ]


def test_a_temperature_range_of_one_value_is_valid(destination):
    destination.temperature_min_c = destination.temperature_max_c = 38
    destination.full_clean()
    destination.save()
    assert DestinationPage.objects.get(pk=destination.pk).temperature_max_c == 38


@pytest.mark.parametrize(
    ("value", "message"),
    [(-61, "Temperature must be at least -60 °C."), (101, "Temperature must be at most 100 °C.")],
)
def test_temperatures_beyond_nature_are_rejected(destination, value, message):
    destination.temperature_min_c = None
    destination.temperature_max_c = value
    assert errors_of(destination)["temperature_max_c"] == [message]


def route(destination, places, **fields):
    values = {
        "page": destination,
        "mode": "bus",
        "from_place": places["cusco"],
        "duration_min_minutes": 180,
        "duration_max_minutes": 240,
    }
    values.update(fields)
    return DestinationAccessRoute(**values)


def test_a_way_to_get_there_with_a_sound_duration_range_is_valid(destination, places):
    bus = route(destination, places)
    bus.full_clean()
    bus.save()
    assert [r.from_place for r in destination.access_routes.all()] == [places["cusco"]]


def test_a_way_to_get_there_with_its_durations_swapped_is_rejected(destination, places):
    errors = errors_of(
        route(destination, places, duration_min_minutes=240, duration_max_minutes=180)
    )
    assert errors == {
        "duration_max_minutes": ["The longest duration must not be below the shortest."]
    }


def test_a_way_to_get_there_takes_at_least_a_minute(destination, places):
    errors = errors_of(route(destination, places, duration_min_minutes=0))
    assert errors["duration_min_minutes"] == ["Duration must be at least one minute."]


def test_a_destination_cannot_be_related_to_itself(destination):
    errors = errors_of(RelatedDestination(page=destination, destination=destination))
    assert errors == {"destination": ["A destination cannot be related to itself."]}


def test_a_destination_can_be_related_to_another(destination, destination_index, places):
    other = DestinationPageFactory(
        parent=destination_index, title="Ollantaytambo", place=places["ollantaytambo"]
    )
    link = RelatedDestination(page=destination, destination=other)
    link.full_clean()
    link.save()
    assert [r.destination for r in destination.related_destinations.all()] == [other]


def test_the_destination_editor_refuses_a_month_named_twice(admin_client, destination):
    data = edit_form_data(admin_client, destination)
    data.update(
        {
            "season_months-TOTAL_FORMS": "2",
            "season_months-0-id": "",
            "season_months-0-month": "7",
            "season_months-0-rating": "best",
            "season_months-0-ORDER": "1",
            "season_months-1-id": "",
            "season_months-1-month": "7",
            "season_months-1-rating": "good",
            "season_months-1-ORDER": "2",
        }
    )
    revisions_before = destination.revisions.count()

    response = admin_client.post(edit_url(destination), data)

    assert response.status_code == 200
    assert "July is already in the season calendar." in response.content.decode()
    assert destination.revisions.count() == revisions_before
    assert not destination.season_months.exists()


def test_the_destination_editor_saves_a_season_calendar(admin_client, destination):
    data = edit_form_data(admin_client, destination)
    data.update(
        {
            "season_months-TOTAL_FORMS": "2",
            "season_months-0-id": "",
            "season_months-0-month": "7",
            "season_months-0-rating": "best",
            "season_months-0-note": "Dry, clear and cold at night.",
            "season_months-0-ORDER": "1",
            "season_months-1-id": "",
            "season_months-1-month": "2",
            "season_months-1-rating": "avoid",
            "season_months-1-ORDER": "2",
            "action-publish": "action-publish",
        }
    )

    response = admin_client.post(edit_url(destination), data)

    assert response.status_code == 302
    months = DestinationPage.objects.get(pk=destination.pk).season_months.all()
    assert [(m.get_month_display(), m.rating) for m in months] == [
        ("July", "best"),
        ("February", "avoid"),
    ]


def test_the_destination_editor_refuses_an_upside_down_temperature(admin_client, destination):
    data = edit_form_data(admin_client, destination)
    data["temperature_min_c"], data["temperature_max_c"] = "40", "30"
    data["action-publish"] = "action-publish"

    response = admin_client.post(edit_url(destination), data)

    assert response.status_code == 200
    assert "The highest temperature must not be below the lowest." in response.content.decode()
    assert DestinationPage.objects.get(pk=destination.pk).temperature_max_c == 40
