"""What visitors can do in a community: kinds including ceremonies, a duration and whether it
can be booked, shared with destinations."""

import json

import pytest
from wagtail.blocks import StructBlockValidationError

from guide.communities.blocks import ExperienceBlock
from tests.api_v3.helpers import API, get_json
from tests.factories import CommunityProfilePageFactory, publish


def experiences(*values) -> str:
    return json.dumps([{"type": "experience", "value": value} for value in values])


@pytest.fixture
def offering(community_index, places):
    return publish(
        CommunityProfilePageFactory(
            parent=community_index,
            title="Huacahuasi",
            place=places["huacahuasi"],
            experiences=experiences(
                {
                    "kind": "ceremony",
                    "title": "Offering to the earth",
                    "duration_minutes": 90,
                    "bookable": True,
                    "description": "Coca leaves and a prayer before the planting.",
                },
                # Written before experiences had a duration or could be booked.
                {"kind": "workshop", "title": "Weaving", "description": "Try the loom."},
            ),
        )
    )


def test_an_experience_states_its_kind_duration_and_booking(client, offering):
    data = get_json(client, f"{API}/communities/{offering.pk}/")
    assert data["experiences"] == [
        {
            "kind": "ceremony",
            "title": "Offering to the earth",
            "duration": {"minutes": 90, "text": "1 h 30 min"},
            "bookable": True,
            "description": "Coca leaves and a prayer before the planting.",
        },
        {
            "kind": "workshop",
            "title": "Weaving",
            "duration": None,
            "bookable": False,
            "description": "Try the loom.",
        },
    ]


def test_an_experience_lasts_at_least_a_minute():
    block = ExperienceBlock()
    value = block.to_python({"kind": "weaving", "title": "Weaving", "duration_minutes": 0})
    with pytest.raises(StructBlockValidationError) as excinfo:
        block.clean(value)
    assert list(excinfo.value.block_errors["duration_minutes"]) == [
        "Duration must be at least one minute."
    ]


def test_ceremonies_and_bathing_are_kinds_of_experience():
    kinds = dict(ExperienceBlock.base_blocks["kind"].field.choices)
    assert {"ceremony", "weaving", "cooking", "walk", "bathing", "other"} <= set(kinds)
