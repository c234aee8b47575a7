"""Departures of the demo itineraries: sample group dates for the next twelve months, with
illustrative prices in US dollars (the demo operator is fictional).

Dates are the first (and for the 4-day trek also the third) Saturday of each month from next
month on. STATUS_BY_POSITION gives the first few dates a realistic mix; later ones are open.
"""

DEPARTURES = {
    # itinerary slug: (price, single supplement, seats, what the price includes, Saturdays)
    "trek-4-days": (
        "690.00",
        "85.00",
        12,
        "Guide, cook, horses, camping gear, meals on the trek, train and Machu Picchu entry.",
        (1, 3),
    ),
    "trek-3-days": (
        "540.00",
        "70.00",
        12,
        "Guide, cook, horses, camping gear, meals on the trek and the train back.",
        (1,),
    ),
    "trek-2-days": (
        "320.00",
        "40.00",
        10,
        "Guide, homestay night, meals on the trek and transport from Cusco.",
        (1,),
    ),
}

# (status, seats taken) for the first departures of each itinerary, in date order.
STATUS_BY_POSITION = [
    ("guaranteed", 9),
    ("full", 12),
    ("few_seats", 10),
    ("open", 4),
    ("cancelled", 0),
]
CANCELLED_NOTE = "Cancelled: the pass road is closed for repairs that week."
