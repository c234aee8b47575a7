from django.utils import timezone

from guide.core.money import from_minor
from guide.core.structured_data import (
    document,
    faq_page_node,
    frontend_url,
    image_url,
    place_node,
    provider_node,
)


def offers(page) -> list[dict]:
    """An Offer for each upcoming departure that has a price and is not cancelled: JSON-LD
    never offers what the operator has not priced."""
    published = page.last_published_at or page.first_published_at
    return [
        {
            "@type": "Offer",
            "price": str(from_minor(departure.price_minor, departure.currency)),
            "priceCurrency": departure.currency,
            "availability": departure.schema_availability,
            "availabilityStarts": departure.start_date.isoformat(),
            **({"validFrom": timezone.localdate(published).isoformat()} if published else {}),
        }
        for departure in page.upcoming_departures()
        if departure.price_minor is not None and departure.schema_availability
    ]


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


def itinerary_structured_data(page, operator=None) -> dict:
    """``operator``: the OperatorSettings of the page's site, named as the trip's provider."""
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
    provider = provider_node(operator)
    if provider:
        trip["provider"] = provider
    priced = offers(page)
    if priced:
        trip["offers"] = priced
    faqs = page.public_faqs()
    return document(trip, faq_page_node(faqs) if faqs else None)
