"""How the declared fields that are more than one attribute get their values.

Each function takes the page (loaded with its declaration's prefetches) and the public rule
(`Visibility`), so that every link and card it makes goes through that rule. Plain values come
straight from the representation functions of each app, named in the declarations.
"""

from django.db.models import Prefetch, prefetch_related_objects
from wagtail.images import get_image_model

from guide.communities.models import CommunityProfilePage
from guide.core.conf import guide_settings
from guide.core.pages import IndexPage
from guide.core.representations import rendition_specs
from guide.core.visibility import public_snippets
from guide.faqs.models import FAQ
from guide.faqs.representations import faq_representation, topic_representation


def path(page, visibility) -> str:
    return visibility.path_of(page)


def language(page, visibility) -> str:
    return visibility.language_of(page)


def translations(page, visibility) -> list[dict]:
    return visibility.translations_of(page)


def _in_language(data: dict | None, page, visibility) -> dict | None:
    """JSON-LD says the language it is written in, on each node it describes."""
    if data:
        for node in data.get("@graph", [data]):
            node["inLanguage"] = visibility.language_of(page)
    return data


def structured_data(page, visibility) -> dict | None:
    """The page type's JSON-LD (its `structured_data()` method), if it has one."""
    method = getattr(page, "structured_data", None)
    return _in_language(method(), page, visibility) if method else None


def trip_structured_data(page, visibility) -> dict:
    """An itinerary's JSON-LD, with the operator of the site it is read on as the provider."""
    return _in_language(page.structured_data(visibility.operator), page, visibility)


def _prefetch_renditions(images) -> None:
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


def body(page, visibility) -> list[dict]:
    """The body StreamField as [{type, id, value}], in a fixed number of queries.

    Loading the stream fetches each block type's images and places in one query per type; the
    images' renditions are then fetched together before the blocks shape them.
    """
    stream_value = page.body
    if stream_value is None:
        return []
    _prefetch_renditions(
        [child.value["image"] for child in stream_value if child.block_type == "image"]
    )
    blocks = stream_value.stream_block.get_api_representation(stream_value)
    for position, block in enumerate(blocks):
        # Streams written without ids (raw JSON) still need a stable key for the frontend.
        block["id"] = block["id"] or f"{block['type']}-{position}"
    return blocks


def faqs(page, visibility) -> list[dict]:
    """The page's FAQs, each in the page's language where its translation is published."""
    chosen = page.public_faqs()
    if any(faq.locale_id != page.locale_id for faq in chosen):
        translated = {
            faq.translation_key: faq
            for faq in public_snippets(FAQ.objects.select_related("topic")).filter(
                locale_id=page.locale_id, translation_key__in=[f.translation_key for f in chosen]
            )
        }
        chosen = [translated.get(faq.translation_key, faq) for faq in chosen]
    return [faq_representation(faq) for faq in chosen]


def alternatives(page, visibility) -> list[dict]:
    return [
        {**visibility.link(link.alternative), "note": link.note}
        for link in page.public_alternatives(visibility)
    ]


def communities_visited(page, visibility) -> list[dict]:
    """Public community profiles whose place the route passes or sleeps at, in route order."""
    communities = CommunityProfilePage.visited_by(page, visibility.pages(CommunityProfilePage))
    return [visibility.link(community) for community in communities]


def related_destinations(page, visibility) -> list[dict]:
    return [
        {**visibility.link(link.destination), "note": link.note}
        for link in page.public_related_links(visibility)
    ]


def itineraries_passing(page, visibility) -> list[dict]:
    """Public itineraries whose days start, end, pass or sleep at the community's place.

    A v2 listing loads them for all its communities at once (`prepare_api_listing`)."""
    itineraries = [i for i in page.itineraries_passing() if visibility.is_visible(i)]
    return [visibility.link(i) for i in visibility.one_per_page(itineraries)]


def featured(page, visibility) -> list[dict]:
    """The home page's chosen pages that are public, as search cards, in the chosen order."""
    from guide.api.store.read import cards_of

    chosen = [visibility.localized(child.value) for child in page.featured if child.value]
    return cards_of([p for p in chosen if visibility.is_visible(p)], "search_card", visibility)


def sections(page, visibility) -> list[dict]:
    """The public index pages under the home page."""
    from .declarations import declaration_for

    return [
        {"type": declaration_for(type(section)).type_name, **visibility.link(section)}
        for section in visibility.pages().child_of(page).order_by("path").specific()
        if isinstance(section, IndexPage) and declaration_for(type(section))
    ]


def _children(page, visibility):
    return visibility.pages().child_of(page).order_by("path")


def index_items(page, visibility) -> list[dict]:
    """The cards of the index's public children (at most MAX_PAGE_SIZE of them)."""
    from guide.api.store.read import cards_of

    children = list(_children(page, visibility)[: guide_settings.MAX_PAGE_SIZE])
    return cards_of(children, "card", visibility)


def index_count(page, visibility) -> int:
    return _children(page, visibility).count()


def faq_queryset(language: str):
    """The public FAQs in ``language``, in topic order."""
    faqs = FAQ.objects.filter(locale__language_code=language).select_related("topic")
    return public_snippets(faqs).order_by(
        "topic__sort_order", "topic__name", "topic_id", "sort_order", "question"
    )


def faq_groups(faqs) -> list[dict]:
    """[{topic, faqs}] in topic order; ``faqs`` must come ordered by topic."""
    groups: dict[int, dict] = {}
    for faq in faqs:
        group = groups.setdefault(
            faq.topic_id, {"topic": topic_representation(faq.topic), "faqs": []}
        )
        group["faqs"].append(faq_representation(faq))
    return list(groups.values())


def all_faq_groups(page, visibility) -> list[dict]:
    return faq_groups(faq_queryset(visibility.language_of(page)))
