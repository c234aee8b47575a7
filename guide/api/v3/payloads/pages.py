"""Payloads of the home page, the index pages, page cards and FAQs."""

from guide.communities.models import CommunityIndexPage, CommunityProfilePage
from guide.core.conf import guide_settings
from guide.core.pages import GuideHomePage
from guide.core.representations import image_queryset, image_representation
from guide.core.visibility import Visibility
from guide.destinations.models import DestinationIndexPage, DestinationPage
from guide.faqs.models import FAQ, FAQIndexPage
from guide.faqs.representations import faq_representation, topic_representation
from guide.itineraries.models import ItineraryIndexPage, ItineraryPage

from . import itineraries, place_pages
from .common import page_base

CARD_TYPES = {
    ItineraryPage: "itinerary",
    DestinationPage: "destination",
    CommunityProfilePage: "community",
}
INDEX_TYPES = {
    ItineraryIndexPage: "itinerary_index",
    DestinationIndexPage: "destination_index",
    CommunityIndexPage: "community_index",
    FAQIndexPage: "faq_index",
}


def page_cards(pages, visibility: Visibility) -> list[dict]:
    """Cards for base ``Page`` objects, in their order: one query per page type, two for images."""
    wanted = [page for page in pages if page.specific_class in CARD_TYPES]
    specific = {}
    for model in CARD_TYPES:
        ids = [page.pk for page in wanted if page.specific_class is model]
        if ids:
            specific.update(model.objects.in_bulk(ids))
    image_ids = {page.hero_image_id for page in specific.values() if page.hero_image_id}
    images = image_queryset().in_bulk(image_ids) if image_ids else {}
    cards = []
    for page in wanted:
        page = specific.get(page.pk)
        if page is None:
            continue
        cards.append(
            {
                "type": CARD_TYPES[type(page)],
                **visibility.link(page),
                "summary": page.summary,
                "hero_image": image_representation(images.get(page.hero_image_id)),
            }
        )
    return cards


def home_detail(page, visibility: Visibility) -> dict:
    featured = [
        child.value
        for child in page.featured
        if child.value is not None and visibility.is_visible(child.value)
    ]
    sections = visibility.pages().child_of(page).order_by("path")
    hero = image_queryset().filter(pk=page.hero_image_id).first() if page.hero_image_id else None
    return {
        **page_base(page, visibility, "home"),
        "intro": page.intro,
        "hero_image": image_representation(hero),
        "featured": page_cards(featured, visibility),
        "sections": [
            {"type": INDEX_TYPES[section.specific_class], **visibility.link(section)}
            for section in sections
            if section.specific_class in INDEX_TYPES
        ],
    }


def index_detail(page, visibility: Visibility) -> dict:
    """An index page with the cards of its visible children (at most MAX_PAGE_SIZE of them)."""
    if isinstance(page, ItineraryIndexPage):
        children = itineraries.card_queryset(visibility)
        card = itineraries.itinerary_card
    else:
        model = DestinationPage if isinstance(page, DestinationIndexPage) else CommunityProfilePage
        children = place_pages.card_queryset(model, visibility)
        card = place_pages.place_page_card
    children = children.child_of(page).order_by("path")
    items = [card(child, visibility) for child in children[: guide_settings.MAX_PAGE_SIZE]]
    count = len(items) if len(items) < guide_settings.MAX_PAGE_SIZE else children.count()
    return {
        **page_base(page, visibility, INDEX_TYPES[type(page)]),
        "intro": page.intro,
        "count": count,
        "items": items,
    }


def faq_groups(faqs) -> list[dict]:
    """[{topic, faqs}] in topic order; ``faqs`` must come ordered by topic."""
    groups: dict[int, dict] = {}
    for faq in faqs:
        group = groups.setdefault(
            faq.topic_id, {"topic": topic_representation(faq.topic), "faqs": []}
        )
        group["faqs"].append(faq_representation(faq))
    return list(groups.values())


def faq_queryset():
    return FAQ.objects.select_related("topic").order_by(
        "topic__sort_order", "topic__name", "topic_id", "sort_order", "question"
    )


def faq_index_detail(page, visibility: Visibility) -> dict:
    return {
        **page_base(page, visibility, "faq_index"),
        "intro": page.intro,
        "topics": faq_groups(faq_queryset()),
    }


DETAIL_BUILDERS = {
    GuideHomePage: home_detail,
    ItineraryIndexPage: index_detail,
    DestinationIndexPage: index_detail,
    CommunityIndexPage: index_detail,
    FAQIndexPage: faq_index_detail,
}
