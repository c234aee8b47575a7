"""Destination pages. Body blocks are tuples:

("heading", text), ("paragraph", html), ("place", place slug, note),
("callout", tone, title, html), ("comparison", title, columns, [(label, values), ...]).

An access route is (mode, from place slug, shortest minutes, longest minutes, notes).
A related destination is (slug, note); communities are community profile slugs. Wildlife is
(species, where, likelihood), a plant (name, local name, traditional use), a water component
(name, amount or None, unit, note) and an experience is as in communities.py. "opening" is
(open all year, months open, hours, best time of day, why then) or None.
"""

from . import seasons

LARES_VS_INCA_TRAIL = (
    "comparison",
    "Lares trek or classic Inca Trail?",
    ["Lares trek", "Classic Inca Trail"],
    [
        ("Crowds", ["Few other groups; quiet camps", "Busy: about 500 people a day on the path"]),
        (
            "Permits",
            ["No trail permit", "Permit required; the quota sells out about six months ahead"],
        ),
        ("Focus", ["Quechua villages, weaving and herding", "Inca ruins, history and stone steps"]),
        ("Difficulty", ["Moderate", "Moderate to challenging"]),
        (
            "Booking",
            [
                "Flexible, even late; only Machu Picchu entry and trains need early booking",
                "Fixed months in advance, with passport details",
            ],
        ),
        (
            "Highest point",
            ["Ipsaycocha pass, [[elevation:ipsaycocha-pass]]", "Dead Woman's Pass, about 4,215 m"],
        ),
    ],
)

DESTINATIONS = [
    {
        "slug": "lares-valley",
        "title": "Lares Valley",
        "place": "lares-valley",
        "picture": "lares-valley",
        "summary": (
            "A high farming valley north of the Sacred Valley, where Quechua villages, llama "
            "herds and glacier views line the walking routes to Ollantaytambo."
        ),
        "temperature": (-5, 20, "Air: clear dry-season night at the high camps to sunny midday"),
        "facilities": [
            "Small shops and a health post in Lares town",
            "Community campsites with basic toilets",
            "Hot springs near Lares town",
        ],
        "access": [
            ("bus", "cusco", 180, 300, "Via Calca and over the ridge; the road is partly unpaved."),
            ("van", "ollantaytambo", 90, 120, "Up the Patacancha valley road to the western side."),
        ],
        "season": seasons.TREK,
        "wildlife": [
            ("Llama", "Herded on the high grassland above the villages", "common"),
            ("Alpaca", "Grazing around Ipsaycocha lake and the upper pastures", "common"),
            ("Birds of many kinds", "By the lakes and streams and in the lower woods", "likely"),
        ],
        "plants": [
            ("Peruvian feather grass", "ichu", "Thatch for the straw roofs of stone houses"),
            ("Potato", "papa", "The staple crop of the valley's fields"),
        ],
        "related": [
            ("lares-hot-springs", "Most treks open with a soak there after the drive in."),
            ("ollantaytambo", "Where the walk ends and the train to Machu Picchu leaves."),
            ("machu-picchu", "The last morning of the longer routes through the valley."),
        ],
        "communities": ["huacahuasi", "patacancha", "cuncani", "huilloc", "lares-town"],
        "faqs": ["vs-inca-trail", "permit", "best-season", "colours", "visiting-villages"],
        "body": [
            ("heading", "A valley that is lived in"),
            (
                "paragraph",
                "<p>Lares lies about 64 km north of Cusco, on the eastern side of the Urubamba "
                "range. Its side valleys climb from maize and potato fields to high grassland "
                "where families graze llamas and alpacas below glaciated peaks.</p>",
            ),
            (
                "paragraph",
                "<p>Paths between the villages are old. Before roads, people moved food and "
                "news along them with llama trains, the animals carrying light loads while "
                "alpacas gave wool and meat. Many households here still weave, farm and herd "
                "much as their grandparents did, and speak Quechua at home.</p>",
            ),
            ("place", "huacahuasi", "The first night's stop on most routes."),
            ("place", "mount-veronica", "The snow peak that dominates the view from the pass."),
            ("heading", "Lares or the Inca Trail?"),
            (
                "paragraph",
                "<p>Both end at Machu Picchu, but they are different journeys. The table sets "
                "them side by side.</p>",
            ),
            LARES_VS_INCA_TRAIL,
        ],
    },
    {
        "slug": "lares-hot-springs",
        "title": "Lares Hot Springs",
        "place": "lares-hot-springs",
        "picture": "lares-hot-springs",
        "summary": (
            "Open-air thermal pools a short walk from Lares town, where most treks begin with "
            "a warm soak among the mountains."
        ),
        "temperature": None,
        "facilities": [
            "Several pools at different temperatures",
            "Changing rooms and toilets",
            "Food stalls near the entrance",
            "Entry fee paid in cash at the gate",
        ],
        "access": [
            ("bus", "cusco", 180, 300, "Via Calca; most trekking groups arrive by private bus."),
            ("walk", "lares-town", 20, 30, "Along the road beside the river."),
        ],
        "season": seasons.VALLEY_TOWN,
        "water": [
            (
                "Dissolved minerals",
                None,
                "",
                "Volcanic water, valued locally for its healing effect on tired muscles.",
            ),
        ],
        "opening": (
            False,
            [],
            "",
            "midday",
            "Groups leaving Cusco at dawn arrive about then and soak before the walk.",
        ),
        "experiences": [
            (
                "bathing",
                "A soak in the open-air pools",
                None,
                False,
                "Pools of different warmth under the open sky; pay the entry fee at the gate.",
            ),
        ],
        "related": [
            ("lares-valley", "The valley the treks climb into from the pools."),
            ("aguas-calientes", "More thermal baths, at the far end of the route."),
        ],
        "communities": ["lares-town"],
        "faqs": ["packing", "cold-nights"],
        "body": [
            (
                "paragraph",
                "<p>Warm, mineral-laden water rises from the hillside and fills a row of "
                "concrete pools open to the sky. After the long drive from Cusco it loosens "
                "stiff legs; some walkers come back at the end of a longer route for the same "
                "reason.</p>",
            ),
            (
                "callout",
                "tip",
                "Bring swimwear and cash",
                "<p>Keep swimwear and a small towel in your day pack, not in the bags that go "
                "ahead on the horses.</p>",
            ),
        ],
    },
    {
        "slug": "ollantaytambo",
        "title": "Ollantaytambo",
        "place": "ollantaytambo",
        "picture": "ollantaytambo",
        "summary": (
            "An Inca town still laid out on its original street plan, where the Lares trek "
            "comes down to the railway that leads to Machu Picchu."
        ),
        "temperature": (3, 22, "Air, dry-season dawn to mid-afternoon (approximate)"),
        "facilities": [
            "Hotels and guesthouses",
            "Restaurants and cafés",
            "Cash machines",
            "Railway station for Aguas Calientes",
        ],
        "access": [
            ("bus", "cusco", 90, 120, "Shared minibuses and private transfers through the valley."),
            ("train", "aguas-calientes", 90, 120, "Return trains from Machu Picchu's town."),
            ("van", "huilloc", 40, 50, "Down the Patacancha valley at the end of the trek."),
        ],
        "season": seasons.VALLEY_TOWN,
        "related": [
            ("machu-picchu", "Reached from here by train, then bus."),
            ("aguas-calientes", "The trains down the Urubamba gorge end there."),
            ("lares-valley", "Treks come down into town from its western side."),
        ],
        "communities": ["huilloc", "patacancha"],
        "faqs": ["book-ahead", "altitude"],
        "body": [
            (
                "paragraph",
                "<p>Narrow stone lanes and water channels from Inca times still run through the "
                "old quarter, and a stairway of terraces climbs to the temple above the town. "
                "Its lower altitude makes it a gentle place to acclimatise before a trek.</p>",
            ),
            ("place", "ollantaytambo-station", "Trains to Aguas Calientes leave from here."),
        ],
    },
    {
        "slug": "aguas-calientes",
        "title": "Aguas Calientes",
        "place": "aguas-calientes",
        "picture": "aguas-calientes",
        "summary": (
            "The riverside town at the foot of Machu Picchu, with no road in: trekkers arrive "
            "by train, sleep in a hotel and catch the early bus up."
        ),
        "temperature": (10, 26, "Air, cool nights to humid afternoons (approximate)"),
        "facilities": [
            "Hotels in every price range",
            "Restaurants and a covered market",
            "Public thermal baths",
            "Ticket office and bus stop for Machu Picchu",
        ],
        "access": [
            ("train", "ollantaytambo-station", 90, 120, "No road reaches the town."),
        ],
        "season": seasons.MACHU_PICCHU,
        "experiences": [
            (
                "bathing",
                "Public thermal baths",
                None,
                False,
                "A warm soak at the top of the main street after days on the trail.",
            ),
        ],
        "related": [
            ("machu-picchu", "Buses up to the citadel leave from town before dawn."),
            ("ollantaytambo", "The other end of the railway, back towards Cusco."),
        ],
        "faqs": ["book-ahead", "sleeping"],
        "body": [
            (
                "paragraph",
                "<p>The town fills a narrow gorge where the Urubamba enters the cloud forest. "
                "It exists for visitors to Machu Picchu, and after nights in a tent a hot "
                "shower and a bed feel like luxury. Its own thermal baths sit at the top of "
                "the main street.</p>",
            ),
        ],
    },
    {
        "slug": "machu-picchu",
        "title": "Machu Picchu",
        "place": "machu-picchu",
        "picture": "machu-picchu",
        "summary": (
            "The Inca citadel above the Urubamba gorge, visited on the last morning of the "
            "longer Lares itineraries with a timed entry ticket."
        ),
        "temperature": (8, 24, "Air, early morning to midday (approximate)"),
        "facilities": [
            "Toilets just outside the entrance only",
            "Café and restaurant by the gate",
            "Left-luggage room for large bags",
        ],
        "access": [
            ("bus", "aguas-calientes", 25, 30, "Switchback road; buses run from before dawn."),
            ("walk", "aguas-calientes", 80, 100, "Steep stone stairs through the forest."),
        ],
        "season": seasons.MACHU_PICCHU,
        "opening": (
            False,
            [],
            "",
            "early_morning",
            "The first buses up let you watch the sun rise over the ruins, cloud permitting.",
        ),
        "experiences": [
            (
                "walk",
                "Guided tour of the citadel",
                120,
                True,
                "Temples, plazas and houses with a guide, on a timed entry ticket.",
            ),
        ],
        "related": [
            ("aguas-calientes", "Sleep there the night before to catch an early bus."),
            ("ollantaytambo", "Where the train to the foot of the citadel starts."),
            ("lares-valley", "A trek through Quechua villages that finishes here."),
        ],
        "faqs": ["book-ahead", "permit", "best-season"],
        "body": [
            (
                "paragraph",
                "<p>Terraces, temples and houses cover a saddle between two peaks, with the "
                "river far below on three sides. Entry is by timed ticket on one of several "
                "fixed circuits, and a guided visit takes about two hours.</p>",
            ),
            (
                "callout",
                "warning",
                "Tickets are limited",
                "<p>Daily numbers are capped. Book your entry slot together with the train, "
                "two to three months ahead in the dry season.</p>",
            ),
        ],
    },
]
