"""Totals, maxima and nights are derived from the days and their places, never typed."""

from decimal import Decimal

from guide.itineraries.models import ItineraryPage
from tests.factories import build_day


def names(places):
    return [place.name for place in places]


def fresh(page):
    return ItineraryPage.objects.get(pk=page.pk)


def test_duration_start_and_end_come_from_the_days(lares_trek, places):
    assert lares_trek.duration_days == 4
    assert lares_trek.start_place == places["lares"]
    assert lares_trek.end_place == places["cusco"]


def test_max_altitude_is_the_highest_place_the_days_reach(lares_trek, places):
    assert lares_trek.max_altitude_m == 4450
    assert lares_trek.highest_place() == places["ipsay_pass"]


def test_totals_add_up_the_days(lares_trek):
    assert lares_trek.total_ascent_m == 710 + 650
    assert lares_trek.total_descent_m == 750 + 908
    assert lares_trek.total_distance_km == Decimal("26.0")


def test_route_places_are_in_walking_order_without_repeats(lares_trek):
    assert names(lares_trek.route_places()) == [
        "Lares hot springs",
        "Huacahuasi",
        "Ipsaycocha pass",
        "Ipsaycocha lake",
        "Patacancha",
        "Ollantaytambo",
        "Aguas Calientes",
        "Cusco",
    ]


def test_nights_are_the_overnight_place_or_else_the_end_of_the_day(lares_trek):
    assert [(number, place.name) for number, place in lares_trek.nights()] == [
        (1, "Huacahuasi"),
        (2, "Patacancha"),
        (3, "Aguas Calientes"),  # the day ends in Ollantaytambo; the night is down the line
    ]


def test_passes_lists_the_mountain_passes_crossed(lares_trek):
    assert names(lares_trek.passes()) == ["Ipsaycocha pass"]


def test_days_keep_their_meals_and_transport(lares_trek):
    first, second, third, _ = lares_trek.ordered_days()
    assert first.meals == ["lunch", "dinner"]
    assert second.meals == ["breakfast", "lunch", "dinner"]
    assert [(leg.mode, leg.duration_minutes) for leg in third.transport_legs.all()] == [
        ("train", 95)
    ]


def test_a_high_camp_off_the_route_counts_for_max_altitude(make_itinerary, places):
    page = make_itinerary(
        "High camp",
        [
            build_day(
                "Up the valley",
                places["patacancha"],
                places["huacahuasi"],
                overnight_place=places["ipsay_lake"],
            ),
            build_day(
                "Down again", places["huacahuasi"], places["patacancha"], overnight_type="none"
            ),
        ],
    )
    assert page.max_altitude_m == 4250
    assert [(n, p.name) for n, p in page.nights()] == [(1, "Ipsaycocha lake")]


def test_an_itinerary_without_days_has_no_derived_figures(make_itinerary):
    page = make_itinerary("Not written yet", [])
    assert page.duration_days == 0
    assert page.start_place is None
    assert page.end_place is None
    assert page.max_altitude_m is None
    assert page.total_ascent_m == 0
    assert page.total_distance_km == 0
    assert page.nights() == []


def test_an_altitude_typed_once_changes_every_itinerary(make_itinerary, lares_days, places):
    """THE point of Place: correct the pass once and every itinerary crossing it agrees."""
    four_days = make_itinerary("Lares trek in 4 days", lares_days())
    three_days = make_itinerary(
        "Lares trek in 3 days",
        [
            build_day(
                "Huacahuasi to the pass and Patacancha",
                places["huacahuasi"],
                places["patacancha"],
                waypoints=[places["ipsay_pass"]],
                overnight_type="homestay",
            ),
            build_day(
                "Down to Ollantaytambo",
                places["patacancha"],
                places["ollantaytambo"],
                overnight_type="none",
            ),
        ],
    )
    assert (four_days.max_altitude_m, three_days.max_altitude_m) == (4450, 4450)

    pass_ = places["ipsay_pass"]
    pass_.elevation_m = 4600
    pass_.save()

    assert fresh(four_days).max_altitude_m == 4600
    assert fresh(three_days).max_altitude_m == 4600
    # A published revision does not freeze the old figure either.
    assert fresh(four_days).get_latest_revision_as_object().max_altitude_m == 4600
    assert fresh(three_days).highest_place().elevation_ft == 15092


def test_days_are_saved_in_order_through_a_revision(lares_trek):
    reloaded = fresh(lares_trek)
    assert [day.title for day in reloaded.ordered_days()] == [
        "Hot springs and the climb to Huacahuasi",
        "Over the Ipsaycocha pass",
        "Down the valley and the train",
        "Machu Picchu and back to Cusco",
    ]
    assert reloaded.live
    assert reloaded.live_revision == reloaded.get_latest_revision()
