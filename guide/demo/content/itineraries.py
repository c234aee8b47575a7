"""The Lares trek's route variants, day by day.

Places are referred to by slug (see places.py), FAQs by key (faqs.py) and pictures by key
(pictures.py). A transport leg is (mode, from, to, minutes, notes). Meals are a string of the
letters B, L and D. A booking lead time is (what to book, at least, up to, unit, note).
"""

from . import seasons

BUS_TO_LARES = [
    ("bus", "cusco", "calca", 75, "Early start, usually about 6 am, by private bus or minibus."),
    (
        "bus",
        "calca",
        "lares-hot-springs",
        180,
        "Climbs out of the Sacred Valley over a high ridge and down into the Lares valley; "
        "allow three to five hours door to door from Cusco.",
    ),
]

TRAIN_TO_AGUAS = (
    "train",
    "ollantaytambo-station",
    "aguas-calientes",
    105,
    "Between 1.5 and 2 hours beside the Urubamba; the exact time depends on the service booked.",
)

DAY_TO_HUACAHUASI = {
    "title": "Cusco to Huacahuasi by way of the Lares hot springs",
    "from": "cusco",
    "to": "huacahuasi",
    "waypoints": ["calca", "lares-town", "lares-hot-springs"],
    "hours": ("4", "5"),
    "km": "11",
    "ascent": 650,
    "descent": 50,
    "overnight": ("camp", "huacahuasi-campsite"),
    "meals": "LD",
    "legs": BUS_TO_LARES,
    "description": (
        "<p>A long drive comes first: down to Calca on the Urubamba, then up and over into the "
        "Lares valley. The reward at the end of it is a soak in the hot pools before any "
        "walking starts.</p>"
        "<p>After lunch the path follows the river upstream, past potato plots and stone "
        "corrals, and climbs gently to Huacahuasi. Stone-walled, straw-roofed houses line the "
        "trail and weavers often set out their work by the doors.</p>"
    ),
}

DAY_MACHU_PICCHU = {
    "title": "Machu Picchu, then back to Cusco",
    "from": "aguas-calientes",
    "to": "cusco",
    "waypoints": ["machu-picchu", "ollantaytambo-station"],
    "hours": None,
    "km": None,
    "ascent": None,
    "descent": None,
    "overnight": ("none", None),
    "meals": "B",
    "legs": [
        (
            "bus",
            "aguas-calientes",
            "machu-picchu",
            30,
            "25 to 30 minutes up the switchback road; the first buses leave before dawn.",
        ),
        ("bus", "machu-picchu", "aguas-calientes", 30, "Back down after the visit."),
        (
            "train",
            "aguas-calientes",
            "ollantaytambo-station",
            105,
            "Afternoon train up the valley; 1.5 to 2 hours.",
        ),
        (
            "bus",
            "ollantaytambo-station",
            "cusco",
            120,
            "About two hours by road, arriving in the evening.",
        ),
    ],
    "description": (
        "<p>Catch an early bus up to the citadel to see the terraces in the first light, "
        "cloud permitting. A guided tour of about two hours covers the temples, plazas and "
        "houses; with the right ticket you can then stay on or climb a neighbouring hill.</p>"
        "<p>In the afternoon the train takes you back up the valley to Ollantaytambo, where a "
        "bus waits for the last stretch to Cusco.</p>"
    ),
}

INCLUDES_CAMPING = [
    "Transport from Cusco to the trailhead",
    "Bilingual local guide (Spanish, English, some Quechua)",
    "Tents, sleeping mats and a dining tent",
    "Cook and the meals listed day by day",
    "Horses or llamas to carry the camping gear",
    "Entry to the Lares hot springs",
]

EXCLUDES_COMMON = [
    "Sleeping bag (can be rented in Cusco)",
    "Travel insurance covering hiking at altitude",
    "Tips for the guide, cook and horsemen",
    "Meals not listed in the day-by-day plan",
]

MACHU_PICCHU_PERMIT = (
    "No trail permit needed. Book Machu Picchu entry, with a timed slot, and the train from "
    "Ollantaytambo two to three months ahead."
)

# Days to spend in Cusco or the Sacred Valley before day one, to get used to the altitude.
ACCLIMATISATION_DAYS = 2

BOOK_MACHU_PICCHU = [
    (
        "Machu Picchu entry ticket with a timed slot",
        2,
        3,
        "months",
        "Visitor numbers are capped each day, and dry-season slots are the first to go.",
    ),
    (
        "Train Ollantaytambo–Aguas Calientes",
        2,
        3,
        "months",
        "Book it together with the entry ticket so that the train times fit the slot.",
    ),
]

FAQS_COMMON = [
    "permit",
    "book-ahead",
    "best-season",
    "cold-nights",
    "altitude",
    "fitness",
    "sleeping",
    "packing",
]

ITINERARIES = [
    {
        "slug": "trek-4-days",
        "title": "Lares Trek in 4 Days",
        "picture": "trek-4-days",
        "summary": (
            "The classic route: hot springs, two nights camping by Quechua villages, the "
            "Ipsaycocha pass and a final morning at Machu Picchu."
        ),
        "difficulty": "moderate",
        "permit_notes": MACHU_PICCHU_PERMIT,
        "book_ahead": BOOK_MACHU_PICCHU,
        "acclimatisation_days": ACCLIMATISATION_DAYS,
        "includes": [
            *INCLUDES_CAMPING,
            "Train from Ollantaytambo to Aguas Calientes and back",
            "One night in a hotel in Aguas Calientes",
            "Machu Picchu entry ticket and guided tour",
            "Bus up to Machu Picchu and back down",
        ],
        "excludes": [*EXCLUDES_COMMON, "Dinner in Aguas Calientes"],
        "season": seasons.TREK,
        "faqs": [*FAQS_COMMON, "vs-inca-trail", "bad-weather", "visiting-villages"],
        "alternatives": [
            ("trek-3-days", "One day shorter: the pass and the descent in a single long day."),
            ("trek-2-days", "Just the trek, no Machu Picchu, for walkers short of time."),
        ],
        "body": [
            ("heading", "Why four days"),
            (
                "paragraph",
                "<p>Four days is the pace most walkers enjoy on this route. The climb to the "
                "pass gets a day of its own, the highest camp comes after a night at "
                "[[elevation:huacahuasi]], and there is still time to reach Machu Picchu "
                "rested rather than worn out.</p>",
            ),
            ("place", "ipsaycocha-pass", "The highest point of the route."),
            (
                "callout",
                "tip",
                "Acclimatise first",
                "<p>Plan two or three nights in Cusco or the Sacred Valley before day one.</p>",
            ),
        ],
        "days": [
            DAY_TO_HUACAHUASI,
            {
                "title": "Over the Ipsaycocha pass to the lake",
                "from": "huacahuasi",
                "to": "ipsaycocha-campsite",
                "waypoints": ["ipsaycocha-pass", "ipsaycocha-lake"],
                "hours": ("4", "5"),
                "km": "8",
                "ascent": 650,
                "descent": 300,
                "overnight": ("camp", None),
                "meals": "BLD",
                "legs": [],
                "description": (
                    "<p>The shortest day on the map and the steepest on the legs. A steady "
                    "climb over open grassland brings you to the pass, where the ice of Mount "
                    "Veronica fills the view to the west.</p>"
                    "<p>The way down is brief: the path drops to the shores of Ipsaycocha "
                    "lake, where alpacas graze and the tents go up for the coldest night of "
                    "the trek.</p>"
                ),
            },
            {
                "title": "Down through Patacancha and Huilloc, then the train",
                "from": "ipsaycocha-campsite",
                "to": "aguas-calientes",
                "waypoints": ["patacancha", "huilloc", "ollantaytambo", "ollantaytambo-station"],
                "hours": ("5", "6"),
                "km": "14",
                "ascent": 50,
                "descent": 600,
                "overnight": ("hotel", None),
                "meals": "BL",
                "legs": [
                    (
                        "van",
                        "huilloc",
                        "ollantaytambo",
                        45,
                        "Down the valley road; some groups walk this last stretch instead.",
                    ),
                    TRAIN_TO_AGUAS,
                ],
                "description": (
                    "<p>Almost all of today is downhill. The trail follows the stream past "
                    "Patacancha, known for its weavers, and on to Huilloc, where the fields "
                    "widen and the valley turns greener with every hour.</p>"
                    "<p>From Ollantaytambo the train runs along the Urubamba into the cloud "
                    "forest. A hotel bed and a hot shower wait in Aguas Calientes.</p>"
                ),
            },
            DAY_MACHU_PICCHU,
        ],
    },
    {
        "slug": "trek-3-days",
        "title": "Lares Trek in 3 Days",
        "picture": "trek-3-days",
        "summary": (
            "The hot springs, a night at Huacahuasi and one long day over the Ipsaycocha pass, "
            "ending with a visit to Machu Picchu."
        ),
        "difficulty": "moderate",
        "permit_notes": MACHU_PICCHU_PERMIT,
        "book_ahead": BOOK_MACHU_PICCHU,
        "acclimatisation_days": ACCLIMATISATION_DAYS,
        "includes": [
            *INCLUDES_CAMPING,
            "Train from Ollantaytambo to Aguas Calientes and back",
            "One night in a hotel in Aguas Calientes",
            "Machu Picchu entry ticket and guided tour",
            "Bus up to Machu Picchu and back down",
        ],
        "excludes": [*EXCLUDES_COMMON, "Dinner in Aguas Calientes"],
        "season": seasons.TREK,
        "faqs": [*FAQS_COMMON, "short-notice"],
        "alternatives": [
            ("trek-4-days", "Splits the long second day in two, with a camp by the lake."),
            ("trek-2-days", "Just the trek, back in Cusco on the second evening."),
        ],
        "body": [
            ("heading", "A shorter way to Machu Picchu"),
            (
                "paragraph",
                "<p>This version drops the camp by the lake. The second day is long: up to "
                "the pass in the morning, then all the way down to the road and the train in "
                "the afternoon. Choose it if you are already acclimatised and like full days "
                "on foot.</p>",
            ),
            ("place", "ipsaycocha-pass", "Crossed on the morning of day two."),
        ],
        "days": [
            DAY_TO_HUACAHUASI,
            {
                "title": "Over the Ipsaycocha pass and down to the train",
                "from": "huacahuasi",
                "to": "aguas-calientes",
                "waypoints": [
                    "ipsaycocha-pass",
                    "ipsaycocha-lake",
                    "patacancha",
                    "huilloc",
                    "ollantaytambo",
                    "ollantaytambo-station",
                ],
                "hours": ("7", "8"),
                "km": "17",
                "ascent": 700,
                "descent": 900,
                "overnight": ("hotel", None),
                "meals": "BL",
                "legs": [
                    ("van", "huilloc", "ollantaytambo", 45, "Down the valley road."),
                    TRAIN_TO_AGUAS,
                ],
                "description": (
                    "<p>Leave at first light for the climb to the pass, then take a long "
                    "break by Ipsaycocha lake before the descent. The path follows the stream "
                    "down through Patacancha to Huilloc, where transport waits for the drive "
                    "to Ollantaytambo and the evening train to Aguas Calientes.</p>"
                ),
            },
            DAY_MACHU_PICCHU,
        ],
    },
    {
        "slug": "trek-2-days",
        "title": "Lares Trek in 2 Days",
        "picture": "trek-2-days",
        "summary": (
            "A short taste of the Lares valley: hot springs, a homestay night in Huacahuasi "
            "and the crossing of the Ipsaycocha pass, back in Cusco the next evening."
        ),
        "difficulty": "moderate",
        "permit_notes": (
            "No trail permit needed. Machu Picchu is not part of this version; book it "
            "separately if you want to add it."
        ),
        "book_ahead": [],
        "acclimatisation_days": ACCLIMATISATION_DAYS,
        "includes": [
            "Transport from Cusco to the trailhead and back",
            "Bilingual local guide (Spanish, English, some Quechua)",
            "A night in a family homestay in Huacahuasi",
            "The meals listed day by day",
            "Entry to the Lares hot springs",
        ],
        "excludes": [*EXCLUDES_COMMON, "Machu Picchu tickets and trains"],
        "season": seasons.TREK,
        "faqs": ["permit", "short-notice", "best-season", "altitude", "children", "packing"],
        "alternatives": [
            ("trek-4-days", "The full route, with two camps and Machu Picchu at the end."),
            ("trek-3-days", "Adds the train and Machu Picchu for one more day."),
        ],
        "body": [
            ("heading", "The trek on its own"),
            (
                "paragraph",
                "<p>No train, no tickets to chase: this version is for walkers who have "
                "already seen Machu Picchu, or who want the mountains and the villages "
                "without it. The night is spent with a family in Huacahuasi instead of in a "
                "tent.</p>",
            ),
        ],
        "days": [
            {
                **DAY_TO_HUACAHUASI,
                "title": "Cusco to a homestay in Huacahuasi",
                "overnight": ("homestay", None),
            },
            {
                "title": "Over the Ipsaycocha pass and back to Cusco",
                "from": "huacahuasi",
                "to": "cusco",
                "waypoints": ["ipsaycocha-pass", "ipsaycocha-lake", "patacancha", "ollantaytambo"],
                "hours": ("6", "7"),
                "km": "13",
                "ascent": 650,
                "descent": 700,
                "overnight": ("none", None),
                "meals": "BL",
                "legs": [
                    ("van", "patacancha", "ollantaytambo", 60, "Down the Patacancha valley road."),
                    ("bus", "ollantaytambo", "cusco", 120, "Back to Cusco in the evening."),
                ],
                "description": (
                    "<p>Breakfast with your hosts, then the climb to the pass and a picnic "
                    "lunch above the lake. In the afternoon the path descends to Patacancha, "
                    "where a van takes you down to Ollantaytambo and on to Cusco.</p>"
                ),
            },
        ],
    },
]
