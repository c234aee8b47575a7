"""Which FAQs the family of the page being edited uses: its siblings' FAQs and its own topics."""

from typing import NamedTuple
from urllib.parse import urlsplit

from django.apps import apps
from django.urls import Resolver404, resolve
from wagtail.models import Page

from .models import PageFAQ


class FamilyUsage(NamedTuple):
    sibling_faq_ids: frozenset[int] = frozenset()
    own_topic_ids: frozenset[int] = frozenset()


def edited_page_ids(request) -> tuple[int | None, int | None]:
    """(the page being edited, the parent of a page being added) as the Referer names them.

    The chooser modal is loaded by the page editor, whose address says which page it edits;
    Wagtail's multiple chooser passes no other sign of it. (None, None) from anywhere else.
    """
    try:
        match = resolve(urlsplit(request.headers.get("Referer", "")).path)
    except Resolver404:
        return None, None
    if match.view_name == "wagtailadmin_pages:edit":
        return match.kwargs["page_id"], None
    if match.view_name == "wagtailadmin_pages:add":
        return None, match.kwargs["parent_page_id"]
    return None, None


def family_usage(page_id: int | None, parent_id: int | None) -> FamilyUsage:
    """The FAQs the children of the page's parent (or of ``parent_id``, for a new page) link,
    apart from the page itself, and the topics of the page's own FAQs. Two queries."""
    family_of = page_id or parent_id
    if family_of is None:
        return FamilyUsage()
    page = Page.objects.filter(pk=family_of).only("path", "depth").first()
    if page is None:
        return FamilyUsage()
    if page_id is None:
        children_path, depth = page.path, page.depth + 1
    else:
        children_path, depth = page.path[: -Page.steplen], page.depth
    links = [
        model.objects.filter(page__path__startswith=children_path, page__depth=depth).values_list(
            "page_id", "faq_id", "faq__topic_id"
        )
        for model in apps.get_models()
        if issubclass(model, PageFAQ)
    ]
    if not links:
        return FamilyUsage()
    rows = list(links[0].union(*links[1:], all=True))
    return FamilyUsage(
        sibling_faq_ids=frozenset(faq for linking, faq, _ in rows if linking != page_id),
        own_topic_ids=frozenset(topic for linking, _, topic in rows if linking == page_id),
    )
