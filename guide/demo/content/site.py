"""The home page, the index pages under it and the operator shown in the footer."""

HOME = {
    "slug": "home",
    "title": "Lares Trek Guide",
    "picture": "home",
    "intro": (
        "Routes, villages and practical advice for walking through the Lares valley to "
        "Machu Picchu: day-by-day itineraries, the places and people along the way, and "
        "answers to the questions walkers ask before they go."
    ),
    # (index slug, child slug) of the pages featured on the home page, in order.
    "featured": [
        ("lares", "trek-4-days"),
        ("destinations", "lares-valley"),
        ("destinations", "machu-picchu"),
    ],
}

INDEXES = {
    "itineraries": {
        "slug": "lares",
        "title": "The Lares Trek",
        "intro": (
            "Two, three or four days over the Ipsaycocha pass: compare the route variants "
            "and pick the one that fits your time and legs."
        ),
    },
    "destinations": {
        "slug": "destinations",
        "title": "Destinations",
        "intro": "The valley, the hot springs and the towns the trek starts and ends in.",
    },
    "communities": {
        "slug": "communities",
        "title": "Communities",
        "intro": (
            "The Quechua villages the routes pass through: what they are known for, what you "
            "can do there and how to be a good guest."
        ),
    },
    "faqs": {
        "slug": "faq",
        "title": "Questions and answers",
        "intro": "Permits, seasons, altitude, nights on the trail and more, grouped by topic.",
    },
}

OPERATOR = {
    "name": "Lares Trek Guide (demo)",
    "email": "hello@example.com",
    "phone": "",
    "website": "https://example.com/",
    "address": "Cusco, Peru",
}
