"""Places of the Lares trek: the one home of every elevation and coordinate the guide shows.

Coordinates are approximate (a few hundred metres: `COORDINATES`) and meant for maps at valley
scale, not for navigation. Where published figures disagree, each figure is a source on the one
place, and source_note says which one the guide uses and why.
"""

MAPS = "Approximate, read from topographic maps and satellite elevation data."
OPERATORS = "Figure quoted in trekking operators' route descriptions."
COORDINATES = {"coordinates_precision": "approximate", "coordinates_margin_m": 500}
CHECKED = "2026-11-21"

PLACES = [
    {
        "slug": "cusco",
        "name": "Cusco",
        "kind": "city",
        "elevation_m": 3399,
        "latitude": "-13.531900",
        "longitude": "-71.967500",
        "aliases": "Cuzco, Qosqo",
        "description": (
            "The former Inca capital and the usual base for acclimatising before the trek."
        ),
        "source_note": "Elevation of the main square, widely published; coordinates approximate.",
    },
    {
        "slug": "calca",
        "name": "Calca",
        "kind": "town",
        "elevation_m": 2928,
        "latitude": "-13.322200",
        "longitude": "-71.956400",
        "aliases": "",
        "description": (
            "Market town on the Urubamba where the road to Lares leaves the Sacred Valley."
        ),
        "source_note": f"{OPERATORS} Coordinates: {MAPS}",
    },
    {
        "slug": "lares-town",
        "name": "Lares",
        "kind": "town",
        "elevation_m": 3180,
        "latitude": "-13.104400",
        "longitude": "-72.043600",
        "aliases": "Lares town, Lares village",
        "description": "District capital at the head of the valley that gives the trek its name.",
        "source_note": MAPS,
    },
    {
        "slug": "lares-hot-springs",
        "name": "Lares hot springs",
        "kind": "hot_spring",
        "elevation_m": 3200,
        "latitude": "-13.111000",
        "longitude": "-72.038000",
        "aliases": "Lares thermal baths, Baños termales de Lares",
        "description": (
            "Public pools fed by mineral water from the hillside, a short way from Lares."
        ),
        "source_note": MAPS,
    },
    {
        "slug": "lares-valley",
        "name": "Lares valley",
        "kind": "valley",
        "elevation_m": 3200,
        "latitude": "-13.120000",
        "longitude": "-72.050000",
        "aliases": "Valle de Lares",
        "description": (
            "Farming valley north of the Sacred Valley, crossed by several trekking routes."
        ),
        "source_note": "Elevation of the valley floor near Lares town. " + MAPS,
    },
    {
        "slug": "huacahuasi",
        "name": "Huacahuasi",
        "kind": "village",
        "elevation_m": 3800,
        "latitude": "-13.168000",
        "longitude": "-72.078000",
        "aliases": "Wacawasi, Huacauasi, Huacawasi",
        "description": (
            "Quechua weaving village of stone houses, the first night's stop on most routes."
        ),
        "source_note": f"{OPERATORS} (camp at about 3,800 m). Coordinates: {MAPS}",
    },
    {
        "slug": "huacahuasi-campsite",
        "name": "Huacahuasi campsite",
        "kind": "campsite",
        "elevation_m": 3800,
        "latitude": "-13.170000",
        "longitude": "-72.080000",
        "aliases": "",
        "description": (
            "Community-run camping ground on the edge of Huacahuasi, with basic toilets."
        ),
        "source_note": f"{OPERATORS} Coordinates: {MAPS}",
    },
    {
        "slug": "ipsaycocha-pass",
        "name": "Ipsaycocha pass",
        "kind": "pass",
        "elevation_m": 4450,
        "latitude": "-13.201000",
        "longitude": "-72.118000",
        "aliases": "Ipsay, Ipsayccasa, Ipsay pass, Abra Ipsaycocha",
        "description": "The high point of the classic route, with views of the Veronica massif.",
        "elevation_precision": "approximate",
        "elevation_margin_m": 50,
        "sources": [
            {
                "title": "Cusco operator's Lares trek guide, day 2 of the itinerary",
                "figure": "4,450 m",
                "elevation_m": 4450,
            },
            {
                "title": "Lares Trek Peru (operator guide), day 2 key figures",
                "figure": "4,400 m",
                "elevation_m": 4400,
            },
            {
                "title": "Lares Trek Peru (operator guide), difficulty section",
                "figure": "4,500 m (14,764 ft)",
                "elevation_m": 4500,
            },
        ],
        "source_note": (
            "The sources disagree by 100 m; the guide uses 4,450 m, the middle value, until a "
            "GPS or survey reading settles it. Coordinates: " + MAPS
        ),
    },
    {
        "slug": "ipsaycocha-lake",
        "name": "Ipsaycocha lake",
        "kind": "lake",
        "elevation_m": 4200,
        "latitude": "-13.205000",
        "longitude": "-72.128000",
        "aliases": "Ipsaycocha lagoon, Laguna Ipsaycocha",
        "description": (
            "Glacial lake on the western side of the pass, grazed by llamas and alpacas."
        ),
        "source_note": MAPS,
    },
    {
        "slug": "ipsaycocha-campsite",
        "name": "Ipsaycocha campsite",
        "kind": "campsite",
        "elevation_m": 4150,
        "latitude": "-13.207000",
        "longitude": "-72.133000",
        "aliases": "Ipsaycocha camp",
        "description": (
            "Meadow below the lake's outlet used by trekking groups for the second night."
        ),
        "source_note": MAPS,
    },
    {
        "slug": "patacancha",
        "name": "Patacancha",
        "kind": "village",
        "elevation_m": 3750,
        "latitude": "-13.206000",
        "longitude": "-72.165000",
        "aliases": "Patakancha",
        "description": (
            "Highland weaving community at the top of the valley that drains to Ollantaytambo."
        ),
        "source_note": MAPS,
    },
    {
        "slug": "huilloc",
        "name": "Huilloc",
        "kind": "village",
        "elevation_m": 3600,
        "latitude": "-13.229000",
        "longitude": "-72.204000",
        "aliases": "Willoq, Huilloq",
        "description": (
            "Village on the road down the Patacancha valley, where many treks meet transport."
        ),
        "source_note": MAPS,
    },
    {
        "slug": "cuncani",
        "name": "Cuncani",
        "kind": "village",
        "elevation_m": 3700,
        "latitude": "-13.142000",
        "longitude": "-72.088000",
        "aliases": "Kunkani, Cuncani village",
        "description": "Farming and weaving village west of Lares, on the longer route variants.",
        "source_note": MAPS,
    },
    {
        "slug": "condor-pass",
        "name": "Condor pass",
        "kind": "pass",
        "elevation_m": 4750,
        "latitude": "-13.150000",
        "longitude": "-72.115000",
        "aliases": "Condor Pass, Abra Condor",
        "description": "Higher pass used by some longer Lares variants; not on the classic route.",
        "elevation_precision": "approximate",
        "elevation_margin_m": 50,
        "sources": [
            {
                "title": "Lares Trek Peru (operator guide), difficulty section",
                "figure": "4,750 m",
                "elevation_m": 4750,
            },
        ],
        "source_note": "Not yet confirmed by a second source. Position approximate.",
    },
    {
        "slug": "ollantaytambo",
        "name": "Ollantaytambo",
        "kind": "town",
        "elevation_m": 2792,
        "latitude": "-13.258000",
        "longitude": "-72.263000",
        "aliases": "Ollanta",
        "description": (
            "Inca town with a terraced fortress, at the end of the trek and start of the train."
        ),
        "source_note": "Elevation of the main square, widely published; coordinates approximate.",
    },
    {
        "slug": "ollantaytambo-station",
        "name": "Ollantaytambo station",
        "kind": "station",
        "elevation_m": 2790,
        "latitude": "-13.263000",
        "longitude": "-72.264000",
        "aliases": "Ollantaytambo railway station",
        "description": (
            "Railway station by the Urubamba, ten minutes' walk below the town's square."
        ),
        "source_note": MAPS,
    },
    {
        "slug": "aguas-calientes",
        "name": "Aguas Calientes",
        "kind": "town",
        "elevation_m": 2040,
        "latitude": "-13.154700",
        "longitude": "-72.525400",
        "aliases": "Machu Picchu Pueblo, Machupicchu town",
        "description": "Town below Machu Picchu, reached only by train or on foot.",
        "source_note": "Elevation of the town centre, widely published; coordinates approximate.",
    },
    {
        "slug": "machu-picchu",
        "name": "Machu Picchu",
        "kind": "archaeological_site",
        "elevation_m": 2430,
        "latitude": "-13.163100",
        "longitude": "-72.545000",
        "aliases": "Machupicchu, Machu Pikchu",
        "description": "The fifteenth-century Inca citadel on a ridge above the Urubamba gorge.",
        "source_note": "Elevation of the main plaza, widely published; coordinates approximate.",
    },
    {
        "slug": "mount-veronica",
        "name": "Mount Veronica",
        "kind": "peak",
        "elevation_m": 5893,
        "latitude": "-13.164600",
        "longitude": "-72.326200",
        "aliases": "Veronica, Waqaywillka, Wakay Willka, Nevado Verónica",
        "description": "Glaciated summit of the Urubamba range, seen from the Ipsaycocha pass.",
        "source_note": (
            "Sources give 5,682 m, 5,893 m and 5,911 m; the guide uses 5,893 m. "
            "The route does not climb it."
        ),
    },
]
