"""The JSON shape of each shared value, defined once and used by both APIs and by blocks.

Every function takes model instances that the caller has already loaded (each page type's
`with_api_relations` names the prefetches), so shaping a value runs no query of its own except
where noted.
"""

import logging
from decimal import Decimal

from django.db.models import Prefetch
from wagtail.images import get_image_model
from wagtail.rich_text import expand_db_html

from .conf import guide_settings
from .locales import frontend_path
from .units import celsius_to_fahrenheit, format_duration, kilometres_to_miles, metres_to_feet

logger = logging.getLogger(__name__)


def rendition_specs() -> list[str]:
    return [f"width-{width}" for width in guide_settings.SRCSET_WIDTHS]


def image_queryset():
    """Images with the renditions their representation uses, fetched in one extra query."""
    return get_image_model().objects.prefetch_renditions(*rendition_specs())


def image_prefetch(lookup: str) -> Prefetch:
    return Prefetch(lookup, queryset=image_queryset())


def absolute_media_url(url: str) -> str:
    if url.startswith("/"):
        return guide_settings.MEDIA_BASE_URL.rstrip("/") + url
    return url


def image_representation(image, alt: str | None = None) -> dict | None:
    """{url, width, height, alt, srcset}: the largest rendition first, never a bare id.

    ``alt`` replaces the image's own alt text ("" for a decorative image). None when there is
    no image, or when its renditions cannot be made (the original file is missing or
    unreadable): one broken picture must not take its page down with it.
    """
    if image is None:
        return None
    try:
        renditions = image.get_renditions(*rendition_specs())
    except (OSError, ValueError) as error:  # Wagtail's SourceImageIOError is an OSError
        logger.error("Image %s (%r) left out: %s", image.pk, image.title, error)
        return None
    ordered = sorted(renditions.values(), key=lambda rendition: rendition.width)
    largest = ordered[-1]
    srcset, seen_widths = [], set()
    for rendition in ordered:
        if rendition.width not in seen_widths:  # small originals give equal renditions
            seen_widths.add(rendition.width)
            srcset.append({"url": absolute_media_url(rendition.url), "width": rendition.width})
    return {
        "url": absolute_media_url(largest.url),
        "width": largest.width,
        "height": largest.height,
        "alt": image.default_alt_text if alt is None else alt,
        "srcset": srcset,
    }


def rich_text_representation(html: str | None) -> str:
    """Database rich text as display HTML: page links become paths, embeds become <img>."""
    if not html:
        return ""
    return expand_db_html(str(html))


# Splits texts expanded together; a comment survives the rewriter and is not valid rich text input.
_SEPARATOR = "<!--guide-rich-text-separator-->"


def rich_text_representations(htmls: list[str | None]) -> list[str]:
    """Several rich texts expanded in one pass, so their links cost one lookup, not one each."""
    sources = [str(html or "") for html in htmls]
    if not any(sources):
        return ["" for _ in sources]
    expanded = expand_db_html(_SEPARATOR.join(sources)).split(_SEPARATOR)
    if len(expanded) != len(sources):  # a text that swallowed the separator: expand one by one
        return [rich_text_representation(html) for html in sources]
    return expanded


def elevation_representation(metres: int | None) -> dict | None:
    if metres is None:
        return None
    return {"m": metres, "ft": metres_to_feet(metres)}


def distance_representation(kilometres) -> dict | None:
    if kilometres is None:
        return None
    kilometres = Decimal(str(kilometres))
    return {"km": float(kilometres), "mi": float(kilometres_to_miles(kilometres))}


def temperature_representation(celsius: int | None) -> dict | None:
    if celsius is None:
        return None
    return {"c": celsius, "f": celsius_to_fahrenheit(celsius)}


def duration_representation(minutes: int | None) -> dict | None:
    if minutes is None:
        return None
    return {"minutes": minutes, "text": format_duration(minutes)}


def coordinates_representation(place) -> dict | None:
    if place.latitude is None or place.longitude is None:
        return None
    return {"lat": float(place.latitude), "lon": float(place.longitude)}


def precision_representation(place) -> dict:
    """How sure the place's figures are: {elevation|coordinates: {precision, margin_m}}."""
    return {
        "elevation": {
            "precision": place.elevation_precision,
            "margin_m": place.elevation_margin_m,
        },
        "coordinates": {
            "precision": place.coordinates_precision,
            "margin_m": place.coordinates_margin_m,
        },
    }


def sources_representation(place) -> list[dict]:
    return [
        {
            "title": source.title,
            "url": source.url or None,
            "fact": source.fact,
            "figure": source.figure,
            "elevation": elevation_representation(source.elevation_m),
            "checked_on": source.checked_on.isoformat(),
        }
        for source in place.sources.all()
    ]


def place_representation(place) -> dict | None:
    if place is None:
        return None
    return {
        "id": place.pk,
        "slug": place.slug,
        "name": place.name,
        "kind": place.kind,
        "elevation": elevation_representation(place.elevation_m),
        "coordinates": coordinates_representation(place),
        "precision": precision_representation(place),
    }


def page_link_representation(page) -> dict:
    """A link to a page that the caller has already found public (guide.core.visibility)."""
    return {"id": page.pk, "title": page.title, "path": frontend_path(page)}
