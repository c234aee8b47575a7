"""Each panel costs a fixed number of queries, whether it has one row to show or many."""

from datetime import timedelta

import pytest
from django.utils import timezone

from guide.core.dashboard import ROW_LIMIT, ScheduledPagesPanel
from guide.facts.dashboard import ContradictionsPanel, StaleSourcesPanel
from guide.itineraries.dashboard import AcclimatisationPanel, DeparturesPanel
from guide.itineraries.models import DepartureStatus
from tests.factories import (
    DestinationPageFactory,
    PlaceFactory,
    build_day,
    create_itinerary,
    publish,
)

from .conftest import add_departure, add_source, contradict, expire, schedule

# Queries per panel: for each section its rows, what they prefetch, and a count once more
# than ROW_LIMIT are due. The acclimatisation check reads every live itinerary with its days.
PANEL_QUERIES = {
    ContradictionsPanel: 3,
    StaleSourcesPanel: 3,
    AcclimatisationPanel: 7,
    DeparturesPanel: 4,
    ScheduledPagesPanel: 4,
}


def plant(copies, itinerary_index, destination_index, places):
    """`copies` of each case every panel lists."""
    today, now = timezone.localdate(), timezone.now()
    for number in range(copies):
        # One night from Lares (3,090 m) up to Huacahuasi (3,800 m), said to be at 3,000 m.
        itinerary = contradict(
            create_itinerary(
                itinerary_index,
                f"Trek {number}",
                [
                    build_day(
                        "Up",
                        places["lares"],
                        places["huacahuasi"],
                        waypoints=[places["lares"]],
                        transport=[
                            {
                                "mode": "bus",
                                "from_place": places["cusco"],
                                "to_place": places["lares"],
                                "duration_minutes": 200,
                            }
                        ],
                    )
                ],
                summary="Huacahuasi is at 3,000 m.",
            )
        )
        add_departure(itinerary, today + timedelta(days=number + 1), status=DepartureStatus.FULL)
        add_departure(itinerary, today - timedelta(days=number + 1))
        add_source(PlaceFactory(), f"Map {number}", today - timedelta(days=800))
        schedule(
            DestinationPageFactory(parent=destination_index, live=False),
            now + timedelta(days=1, minutes=number),
        )
        expire(
            publish(DestinationPageFactory(parent=destination_index)),
            now + timedelta(days=2, minutes=number),
        )


@pytest.mark.parametrize("copies", [1, ROW_LIMIT + 3])
@pytest.mark.parametrize("panel_class", PANEL_QUERIES)
def test_a_panel_costs_a_fixed_number_of_queries(
    panel_class, copies, itinerary_index, destination_index, places, django_assert_max_num_queries
):
    plant(copies, itinerary_index, destination_index, places)

    with django_assert_max_num_queries(PANEL_QUERIES[panel_class]):
        html = panel_class().render_html()

    assert html
    assert ("And 3 more." in html) == (copies > ROW_LIMIT)
