from guide.core.structured_data import (
    document,
    faq_page_node,
    frontend_url,
    image_url,
    place_node,
)


def place_list(places) -> dict:
    return {
        "@type": "ItemList",
        "numberOfItems": len(places),
        "itemListElement": [
            {"@type": "ListItem", "position": position, "item": place_node(place)}
            for position, place in enumerate(places, start=1)
        ],
    }


def day_trip(day, number: int) -> dict:
    return {
        "@type": "TouristTrip",
        "name": f"Day {number}: {day.title}",
        "itinerary": place_list(day.route_places()),
    }


def itinerary_structured_data(page) -> dict:
    days = page.ordered_days()
    trip = {
        "@type": "TouristTrip",
        "name": page.title,
        "description": page.summary,
        "url": frontend_url(page),
        "image": image_url(page),
        "itinerary": place_list(page.route_places()),
        "subTrip": [day_trip(day, number) for number, day in enumerate(days, start=1)],
    }
    faqs = page.public_faqs()
    return document(trip, faq_page_node(faqs) if faqs else None)
