"""Pieces every page payload uses: the page's base fields, its body, its FAQs."""

from django.db.models import Prefetch, prefetch_related_objects
from wagtail.images import get_image_model

from guide.communities.models import CommunityProfilePage
from guide.communities.structured_data import community_structured_data
from guide.core.representations import rendition_specs
from guide.core.visibility import Visibility
from guide.destinations.models import DestinationPage
from guide.destinations.structured_data import destination_structured_data
from guide.faqs.models import FAQIndexPage
from guide.faqs.representations import faq_link_representation
from guide.faqs.structured_data import faq_index_structured_data
from guide.itineraries.models import ItineraryPage
from guide.itineraries.structured_data import itinerary_structured_data

STRUCTURED_DATA = {
    ItineraryPage: itinerary_structured_data,
    DestinationPage: destination_structured_data,
    CommunityProfilePage: community_structured_data,
    FAQIndexPage: faq_index_structured_data,
}


def structured_data(page) -> dict | None:
    builder = STRUCTURED_DATA.get(type(page))
    return builder(page) if builder else None


def page_base(page, visibility: Visibility, type_name: str) -> dict:
    return {
        "structured_data": structured_data(page),
        "type": type_name,
        "id": page.pk,
        "title": page.title,
        "path": visibility.path_of(page),
        "seo_title": page.seo_title,
        "search_description": page.search_description,
        "first_published_at": page.first_published_at,
        "last_published_at": page.last_published_at,
    }


def prefetch_renditions(images) -> None:
    """Load the srcset renditions of ``images`` in one query (body images come from a stream)."""
    images = [image for image in images if image is not None]
    if not images:
        return
    renditions = (
        get_image_model().get_rendition_model().objects.filter(filter_spec__in=rendition_specs())
    )
    prefetch_related_objects(
        images, Prefetch("renditions", queryset=renditions, to_attr="prefetched_renditions")
    )


def _block_images(stream_value):
    for child in stream_value:
        if child.block_type == "image":
            yield child.value["image"]


def body_payload(stream_value) -> list[dict]:
    """A body StreamField as [{type, id, value}], in a fixed number of queries.

    Loading the stream fetches each block type's images and places in one query per type; the
    images' renditions are then fetched together before the blocks shape them.
    """
    if stream_value is None:
        return []
    prefetch_renditions(list(_block_images(stream_value)))
    blocks = stream_value.stream_block.get_api_representation(stream_value)
    for position, block in enumerate(blocks):
        # Streams written without ids (raw JSON) still need a stable key for the frontend.
        block["id"] = block["id"] or f"{block['type']}-{position}"
    return blocks


def faqs_payload(page) -> list[dict]:
    return [faq_link_representation(link) for link in page.faq_links.all()]
