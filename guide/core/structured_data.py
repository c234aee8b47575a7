"""schema.org JSON-LD building blocks. Honest by design: only facts the guide holds."""

from .conf import guide_settings
from .locales import frontend_path
from .representations import image_representation, rich_text_representation

CONTEXT = "https://schema.org"


def frontend_url(page) -> str:
    """The page's address on the visitor site (its path under FRONTEND_BASE_URL)."""
    return guide_settings.FRONTEND_BASE_URL.rstrip("/") + frontend_path(page)


def geo_member(place) -> dict:
    """{"geo": GeoCoordinates} for a place whose coordinates are known, else nothing: JSON-LD
    states no figure the guide does not have."""
    if not place.has_coordinates:
        return {}
    geo = {
        "@type": "GeoCoordinates",
        "latitude": float(place.latitude),
        "longitude": float(place.longitude),
    }
    if place.elevation_m is not None:
        geo["elevation"] = place.elevation_m  # schema.org reads a bare number as metres
    return {"geo": geo}


def place_node(place, description: str = "") -> dict:
    node = {"@type": "Place", "name": place.name, **geo_member(place)}
    if description or place.description:
        node["description"] = description or place.description
    return node


def image_url(page) -> list[str]:
    image = image_representation(getattr(page, "hero_image", None))
    return [image["url"]] if image else []


def faq_page_node(faqs) -> dict:
    return {
        "@type": "FAQPage",
        "mainEntity": [
            {
                "@type": "Question",
                "name": faq.question,
                "acceptedAnswer": {"@type": "Answer", "text": rich_text_representation(faq.answer)},
            }
            for faq in faqs
        ],
    }


def document(*nodes: dict) -> dict:
    """One JSON-LD document: a single node, or a @graph when the page describes several things."""
    nodes = [node for node in nodes if node]
    if len(nodes) == 1:
        return {"@context": CONTEXT, **nodes[0]}
    return {"@context": CONTEXT, "@graph": nodes}


def provider_node(operator) -> dict | None:
    """The operator (the site's OperatorSettings) as an Organization, when it has a name."""
    if operator is None or not operator.name:
        return None
    contact = {"url": operator.website, "email": operator.email, "telephone": operator.phone}
    return {
        "@type": "Organization",
        "name": operator.name,
        **{key: value for key, value in contact.items() if value},
    }
