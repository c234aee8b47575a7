from guide.core.structured_data import (
    document,
    faq_page_node,
    frontend_url,
    geo_coordinates,
    image_url,
)


def destination_structured_data(page) -> dict:
    destination = {
        "@type": "TouristDestination",
        "name": page.title,
        "description": page.summary,
        "url": frontend_url(page),
        "image": image_url(page),
        "geo": geo_coordinates(page.place),
    }
    faqs = [link.faq for link in page.faq_links.all()]
    return document(destination, faq_page_node(faqs) if faqs else None)
