"""check_facts finds numbers that contradict the typed facts, and leaves agreeing ones alone."""

import json
from io import StringIO

import pytest
from django.core.management import CommandError, call_command

from guide.facts.models import Finding
from tests.factories import DestinationPageFactory, FAQFactory, publish

from .conftest import stream

# (a piece of the sentence, the fact it contradicts). The places fixture records the Ipsaycocha
# pass at 4,450 m (aliases Ipsay, Ipsayccasa), Huacahuasi 3,800 m, Cusco 3,399 m, Patacancha
# 3,700 m, Ollantaytambo 2,792 m, Aguas Calientes 2,040 m, Lares hot springs 3,090 m (alias
# Lares baths, pools 38-42 °C); Nevado Verónica is 5,893 m (alias Wakay Willka).
PLANTED = [
    ("tops out at 4,600 m", "elevation"),  # summary
    ("At 15,100 ft", "elevation"),  # feet
    ("whole route covers 33 km", "distance"),  # the itinerary's total, 26 km
    ("20 miles long", "distance"),  # miles
    ("never goes above 4,300 m at IPSAY", "elevation"),  # bound, alias, upper case
    ("does not exceed 4,200 metres", "elevation"),  # bound, alias Ipsayccasa
    ("Huacahuasi lies above 4,000 m", "elevation"),  # lower bound
    ("Camp at huacahuasi sits at 3,500 m", "elevation"),  # callout, lower case
    ("A weaving village at 3,300 m", "elevation"),  # a place block's note: Patacancha
    ("Ipsaycocha pass, 4.700 m", "elevation"),  # comparison table cell, thousands dot
    ("Up to the 4,900 m Ipsay pass", "elevation"),  # heading block
    ("water at 55 °C", "temperature"),
    ("reach 120 °F", "temperature"),  # Fahrenheit
    ("Today's walk is 15 km", "distance"),  # day 1: 7.5 km
    ("hike for 8 hours", "hours"),  # day 1: 3-4 h
    ("pass (4,650 m) takes 9–10 h", "elevation"),  # day 2
    ("pass (4,650 m) takes 9–10 h", "hours"),  # day 2: 6-7 h, a range
    ("Only 3 mi of gentle", "distance"),  # day 3: 6.5 km
    ("On day two you walk 20 km", "distance"),  # a day named on the page
    ("second day takes up to 4 hours", "hours"),
    ("the Ipsaycocha pass is at 4,800 m", "elevation"),  # FAQ answer
    ("Cusco sits at 3,000 m", "elevation"),  # FAQ answer, a list item
    ("Aguas Calientes really at 2,500 m", "elevation"),  # FAQ question
    ("A village at 3,950 m", "elevation"),  # Patacancha's own description
    ("Ollantaytambo stands at 9,900 ft", "elevation"),  # a destination page
    ("Nevado Veronica, 6,100 m high", "elevation"),  # no accent in the text
    ("WAKAY WILLKA is 5,600 m", "elevation"),  # alias
    ("Lares Hot Springs, at 2,800 m", "elevation"),  # a destination's summary
]

AGREEING = [
    "The Ipsaycocha pass (4,450 m / 14,600 ft) is the high point.",
    "Ipsay is about 4,470 m.",
    "The route never climbs above 4,500 m at the Ipsaycocha pass.",
    "Huacahuasi lies above 3,500 m.",
    "The Lares baths are 38–42 °C.",
    "Lares hot springs at 104 °F are just right.",
    "The trek covers 26 km in total.",
    "That is about 16 miles in all.",
    "From the Lares hot springs the path climbs 710 m to Huacahuasi.",
    "Cusco lies about 64 km south of the Lares hot springs.",
    "The bus from Cusco takes 5 to 6 hours.",
    "The Lares trek tops out at 4,450 m.",
    "Bring a sleeping bag comfortable to -10 °C.",
    "Allow 6-7 hours over the Ipsaycocha pass, 12 km.",
]


@pytest.fixture
def planted(write_itinerary, places, veronica, destination_index):
    def p(text):
        return {"type": "paragraph", "value": f"<p>{text}</p>"}

    write_itinerary(
        summary="The Ipsaycocha pass tops out at 4,600 m. " + AGREEING[0],
        body=[
            {"type": "heading", "value": "Up to the 4,900 m Ipsay pass"},
            p("At 15,100 ft, Ipsaycocha pass is the roof of the trek."),
            p("The whole route covers 33 km."),
            p("In all the trek is 20 miles long. The route never goes above 4,300 m at IPSAY."),
            p("The path does not exceed 4,200 metres on the Ipsayccasa crossing."),
            p("Huacahuasi lies above 4,000 m. On day two you walk 20 km."),
            p("The second day takes up to 4 hours."),
            p("The Lares baths hold water at 55 °C. Lares hot springs reach 120 °F."),
            {
                "type": "callout",
                "value": {
                    "tone": "tip",
                    "title": "Camp",
                    "text": "<p>Camp at huacahuasi sits at 3,500 m.</p>",
                },
            },
            {
                "type": "place",
                "value": {
                    "place": places["patacancha"].pk,
                    "note": "A weaving village at 3,300 m.",
                },
            },
            {
                "type": "comparison",
                "value": {
                    "title": "Passes",
                    "columns": ["Lares", "Other"],
                    "rows": [
                        {"label": "High point", "values": ["Ipsaycocha pass, 4.700 m", "n/a"]}
                    ],
                },
            },
            *(p(sentence) for sentence in AGREEING[1:]),
        ],
        descriptions=[
            "<p>Today's walk is 15 km. Expect to hike for 8 hours.</p>",
            "<p>The climb over the Ipsaycocha pass (4,650 m) takes 9–10 h.</p><p>Allow 12 km.</p>",
            "<p>Only 3 mi of gentle downhill walking today.</p>",
        ],
    )
    FAQFactory(
        question="Is Aguas Calientes really at 2,500 m?",
        answer=(
            "<p>Yes: the Ipsaycocha pass is at 4,800 m, so acclimatise.</p>"
            "<ul><li>Cusco sits at 3,000 m.</li><li>Cusco sits at 3,400 m.</li></ul>"
        ),
    )
    patacancha = places["patacancha"]
    patacancha.description = "A village at 3,950 m."
    patacancha.save()
    publish(
        DestinationPageFactory(
            parent=destination_index,
            title="Ollantaytambo",
            place=places["ollantaytambo"],
            summary="An Inca town at the end of the trek.",
            body=stream(
                {"type": "paragraph", "value": "<p>Ollantaytambo stands at 9,900 ft.</p>"},
                {
                    "type": "paragraph",
                    "value": "<p>Nevado Veronica, 6,100 m high, looks down on it.</p>",
                },
                {"type": "paragraph", "value": "<p>WAKAY WILLKA is 5,600 m.</p>"},
            ),
        )
    )
    hot_springs = places["lares"].destination_pages.get()
    hot_springs.summary = "The Lares Hot Springs, at 2,800 m, are a warm start."
    publish(hot_springs)


def run_check_facts() -> tuple[dict, int]:
    output = StringIO()
    try:
        call_command("check_facts", "--json", stdout=output)
        code = 0
    except CommandError as error:
        code = error.returncode
    return json.loads(output.getvalue()), code


def test_check_facts_finds_every_planted_contradiction(planted):
    report, code = run_check_facts()

    assert code == 1
    found = report["findings"]
    assert report["count"] == len(found)
    missed = [
        (piece, fact)
        for piece, fact in PLANTED
        if not any(piece in f["sentence"] and f["fact"] == fact for f in found)
    ]
    assert missed == []
    extra = [
        f
        for f in found
        if not any(piece in f["sentence"] and f["fact"] == fact for piece, fact in PLANTED)
    ]
    assert len(extra) <= 1, extra
    assert len(PLANTED) >= 25


def test_agreeing_sentences_are_not_reported(planted):
    report, _ = run_check_facts()
    sentences = {f["sentence"] for f in report["findings"]}
    for sentence in [*AGREEING, "Cusco sits at 3,400 m.", "Allow 12 km."]:
        assert sentence not in sentences
    # A place's source_note lists other sources' figures on purpose.
    assert not any("Other sources give" in s for s in sentences)


def test_a_finding_says_where_and_what(planted):
    report, _ = run_check_facts()
    [finding] = [f for f in report["findings"] if "A weaving village" in f["sentence"]]
    assert finding["object"]["type"] == "guide_itineraries.itinerarypage"
    assert finding["field"] == "body"
    assert finding["block_path"] == "9.place.note"
    assert finding["subject"] == "Patacancha"
    assert finding["stated"] == "3,300 m"
    assert finding["recorded"] == "3,700 m (12,139 ft)"
    [day] = [f for f in report["findings"] if f["fact"] == "hours" and "9–10 h" in f["sentence"]]
    assert day["field"] == "days[2].description"
    assert day["recorded"] == "6–7 h"


def test_check_facts_stores_the_findings_and_reads_as_text(planted):
    output = StringIO()
    with pytest.raises(CommandError):
        call_command("check_facts", stdout=output)
    text = output.getvalue()
    assert "Lares in four days" in text
    assert "Patacancha is recorded as 3,700 m (12,139 ft)" in text
    assert Finding.objects.count() == int(text.strip().splitlines()[-1].split()[0])


def test_no_contradiction_exits_zero(write_itinerary):
    write_itinerary(summary="The Ipsaycocha pass stands at 4,450 m.")
    report, code = run_check_facts()
    assert (report["count"], code) == (0, 0)


def test_a_day_is_named_by_its_number(planted):
    report, _ = run_check_facts()
    subjects = {f["subject"] for f in report["findings"] if f["fact"] == "hours"}
    assert "day 1 (Hot springs and the climb to Huacahuasi) hiking hours" in subjects
    [feet] = [f for f in report["findings"] if "9,900 ft" in f["sentence"]]
    assert feet["stated"] == "9,900 ft"
