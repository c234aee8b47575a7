from guide.core.structured_data import (
    document,
    faq_page_node,
    frontend_url,
    geo_member,
    image_url,
)


def destination_structured_data(page) -> dict:
    destination = {
        "@type": "TouristDestination",
        "name": page.title,
        "description": page.summary,
        "url": frontend_url(page),
        "image": image_url(page),
        **geo_member(page.place),
    }
    faqs = page.public_faqs()
    return document(destination, faq_page_node(faqs) if faqs else None)
