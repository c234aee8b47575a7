"""Community profiles. An experience is (kind, title, minutes or None, bookable, description);
body blocks as in destinations.py."""

LANGUAGES = ["Quechua", "Spanish"]

ETIQUETTE_COMMON = [
    "Greet people with a simple 'buenos días' or the Quechua 'allillanchu'.",
    "Ask before photographing anyone, and accept a no.",
    "Buy directly from the weavers instead of handing out sweets or coins.",
    "Keep to the paths at the edge of fields and close gates behind you.",
]

COMMUNITIES = [
    {
        "slug": "huacahuasi",
        "title": "Huacahuasi",
        "place": "huacahuasi",
        "picture": "huacahuasi",
        "summary": (
            "A Quechua village of stone and thatch, known for its weavers and for hosting the "
            "first night's camp of the classic Lares route."
        ),
        "known_for": [
            "Weaving in alpaca and sheep wool",
            "Potato farming",
            "Llama and alpaca herding",
        ],
        "traditions": (
            "<p>Weaving here is taught from childhood. Patterns carry meaning: some mark the "
            "village, others record rivers, lakes or the seasons of the farming year, and "
            "colours come from plants and minerals gathered nearby.</p>"
            "<p>Houses are built of fieldstone with straw roofs, as they have been for "
            "generations, and neighbours still help one another with sowing and harvest.</p>"
        ),
        "experiences": [
            (
                "homestay",
                "A night with a family",
                None,
                True,
                "Sleep in a village house, share supper by the kitchen fire and help with the "
                "morning chores if you like.",
            ),
            (
                "weaving",
                "Learn to weave",
                None,
                False,
                "Watch spinning, dyeing and backstrap weaving, then try a few rows yourself: "
                "the weavers are glad to teach visitors who ask.",
            ),
        ],
        "etiquette": [
            *ETIQUETTE_COMMON,
            "If you stay with a family, eat what is offered or politely take a small portion.",
        ],
        "body": [
            (
                "paragraph",
                "<p>Most groups reach Huacahuasi in the afternoon of the first day, after the "
                "climb from the hot springs. The campsite sits at the edge of the village, "
                "close enough to visit the weavers before dark.</p>",
            ),
        ],
    },
    {
        "slug": "patacancha",
        "title": "Patacancha",
        "place": "patacancha",
        "picture": "patacancha",
        "summary": (
            "A highland weaving village at the head of the valley that runs down to "
            "Ollantaytambo, passed on the descent from the Ipsaycocha pass."
        ),
        "known_for": ["Fine textiles with dense patterns", "High-altitude potatoes and grains"],
        "traditions": (
            "<p>Patacancha's textiles are among the most intricate in the region, woven on "
            "backstrap looms with designs passed from mothers to daughters. Everyday dress is "
            "handwoven, and the styles mark which community a person comes from.</p>"
        ),
        "experiences": [
            (
                "workshop",
                "Weaving cooperative visit",
                None,
                False,
                "Meet members of a women's cooperative and see natural dyeing with local plants.",
            ),
            (
                "market",
                "Textile stall",
                None,
                False,
                "Buy belts, shawls and bags directly from the women who made them.",
            ),
        ],
        "etiquette": ETIQUETTE_COMMON,
        "body": [
            (
                "paragraph",
                "<p>The trail from the pass reaches the first houses of Patacancha after a "
                "few hours of descent. Some itineraries camp nearby; others stop for lunch "
                "before continuing down the valley.</p>",
            ),
        ],
    },
    {
        "slug": "cuncani",
        "title": "Cuncani",
        "place": "cuncani",
        "picture": "cuncani",
        "summary": (
            "A farming and weaving community west of Lares, visited on longer variants of the "
            "trek and known for its alpaca wool textiles."
        ),
        "known_for": ["Alpaca wool weaving", "Traditional farming on high terraces"],
        "traditions": (
            "<p>Families in Cuncani keep large herds of alpacas, and the year follows the "
            "animals: shearing, spinning in the dry months and weaving through the rains. "
            "Offerings to Pachamama, the earth, open the planting season.</p>"
        ),
        "experiences": [
            (
                "walk",
                "Up to the grazing grounds",
                None,
                False,
                "Walk with a herder to the high pastures and learn to tell llamas from alpacas.",
            ),
            (
                "weaving",
                "Spinning and weaving",
                None,
                False,
                "See wool turned into yarn on a drop spindle and then into cloth.",
            ),
        ],
        "etiquette": ETIQUETTE_COMMON,
        "body": [
            (
                "paragraph",
                "<p>Cuncani is not on the classic four-day route. Operators add it to longer "
                "or alternative itineraries, which is one reason it sees few visitors.</p>",
            ),
        ],
    },
    {
        "slug": "huilloc",
        "title": "Huilloc",
        "place": "huilloc",
        "picture": "huilloc",
        "summary": (
            "A village on the lower Patacancha valley where the trail meets the road, and "
            "where many groups share a last meal before driving to Ollantaytambo."
        ),
        "known_for": ["Handwoven everyday clothing", "Community tourism"],
        "traditions": (
            "<p>Many people in Huilloc still wear handwoven clothes every day, not only for "
            "festivals. The community runs its own tourism project, so visits are arranged "
            "with families rather than through outsiders.</p>"
        ),
        "experiences": [
            (
                "meal",
                "Lunch with a family",
                None,
                True,
                "A simple home-cooked meal of soup, potatoes and local grains.",
            ),
            (
                "weaving",
                "Weaving demonstration",
                None,
                False,
                "Weavers show their looms and explain the meaning of the patterns.",
            ),
        ],
        "etiquette": ETIQUETTE_COMMON,
        "body": [
            (
                "paragraph",
                "<p>By Huilloc the valley has widened and turned green, and a dirt road "
                "follows the stream. It is where most itineraries swap boots for wheels.</p>",
            ),
        ],
    },
    {
        "slug": "lares-town",
        "title": "Lares",
        "place": "lares-town",
        "picture": "lares-town",
        "summary": (
            "The district capital that gives the valley its name: a small market town near "
            "the hot springs where most treks leave the road."
        ),
        "known_for": ["Hot springs", "Weekly market", "Fruit and produce from lower valleys"],
        "traditions": (
            "<p>Lares is where the highland villages come to trade. On market days people "
            "walk in from the side valleys with textiles, potatoes and animals, and leave "
            "with fruit, salt and tools.</p>"
        ),
        "experiences": [
            (
                "market",
                "Market morning",
                None,
                False,
                "Browse produce and textiles brought in from the surrounding communities.",
            ),
            (
                "walk",
                "Down to the hot springs",
                30,
                False,
                "A short walk beside the river from the town square to the pools.",
            ),
        ],
        "etiquette": [
            *ETIQUETTE_COMMON[:2],
            "Bargain gently at the market: prices are already low for the work involved.",
        ],
        "body": [
            (
                "paragraph",
                "<p>Trekking groups usually pass straight through on the way to the pools. "
                "It is worth a short stop to see the square and, on market day, the stalls.</p>",
            ),
        ],
    },
]
