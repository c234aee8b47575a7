"""What a change makes stale, and how the stored JSON follows it.

A page's stored JSON is rendered again when:
- the page itself is published (at once, so the editor sees it), or its path changes;
- it names the changed page (StoredPage.shows: links, cards, reverse links);
- it is the changed page's parent or another ancestor (index listings, the home's sections);
- it refers to the changed object (Wagtail's ReferenceIndex: a Place, an FAQ, an image, a
  chosen page), directly or through a snippet that does (an FAQ topic through its FAQs);
- it is another language's version of the changed page, or names one (`translations`);
- it derives a list from the changed page (the communities an itinerary passes, the
  itineraries passing a community) or reads every object of the changed snippet's model (the
  FAQ index lists every FAQ).

A change that can hide a page (unpublish, a view restriction, a move, deletion) removes the
page's row and the rows naming it at once, in the same transaction; everything else is
rendered again in the background after the transaction commits.
"""

import logging

from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from wagtail.models import Page, ReferenceIndex

from guide.communities.models import CommunityProfilePage
from guide.core.drafts import only_revision_bookkeeping
from guide.core.visibility import forget_sites
from guide.faqs.models import FAQ, FAQIndexPage, FAQTopic
from guide.itineraries.models import ItineraryPage
from guide.itineraries.passing import passes_through_q

from ..models import StoredPage
from . import response_cache
from .purge import purge_api_urls
from .render import render_pages

logger = logging.getLogger(__name__)


def showing(page_ids) -> set[int]:
    """Pages whose stored JSON names one of ``page_ids``."""
    links = StoredPage.shows.through.objects.filter(page_id__in=list(page_ids))
    return set(links.values_list("storedpage_id", flat=True))


def referring_pages(objects) -> set[int]:
    """Pages whose content refers to one of ``objects``: directly, or through a snippet that
    does (an FAQ whose answer links a page) and so through everything showing that snippet."""
    objects = [obj for obj in objects if obj.pk is not None]
    if not objects:
        return set()
    page_type = ContentType.objects.get_for_model(Page)
    pages = set()
    references = ReferenceIndex.get_references_to_in_bulk(objects)
    for base_type_id, object_id in references.values_list(
        "base_content_type_id", "object_id"
    ).distinct():
        if base_type_id == page_type.pk:
            pages.add(int(object_id))
            continue
        model = ContentType.objects.get_for_id(base_type_id).model_class()
        snippet = model.objects.filter(pk=object_id).first() if model else None
        if snippet is not None and snippet not in objects:
            pages |= pages_affected_by_object(snippet)
    return pages


def _ancestors(page) -> set[int]:
    return set(page.get_ancestors().filter(depth__gt=1).values_list("pk", flat=True))


def derived_pages(page) -> set[int]:
    """Pages whose lists are derived from ``page`` rather than chosen by an editor."""
    if isinstance(page, ItineraryPage):
        places = {place.pk for place in page.all_places()}
        communities = CommunityProfilePage.objects.filter(place_id__in=places)
        return set(communities.values_list("pk", flat=True))
    if isinstance(page, CommunityProfilePage) and page.place_id:
        passing = ItineraryPage.objects.filter(passes_through_q(page.place_id))
        return set(passing.values_list("pk", flat=True))
    return set()


def translations(obj) -> list:
    """The other language versions of a page or snippet: a page in another language lists
    them (its `translations`), links them, or shows their FAQs in its own language."""
    if getattr(obj, "translation_key", None) is None:
        return []
    return list(obj.get_translations())


def pages_affected_by_page(page) -> set[int]:
    page = page.specific
    versions = {version.pk for version in translations(page)}
    affected = {page.pk} | _ancestors(page) | referring_pages([page]) | showing([page.pk])
    affected |= versions | showing(versions)
    return affected | derived_pages(page)


def pages_affected_by_object(obj) -> set[int]:
    affected = referring_pages([obj, *translations(obj)])
    if isinstance(obj, (FAQ, FAQTopic)):
        affected |= set(FAQIndexPage.objects.values_list("pk", flat=True))
    return affected | showing(affected)


def render_later(page_ids) -> None:
    """Render ``page_ids`` again once the transaction commits, in the task backend."""
    from .tasks import render_pages_task

    page_ids = sorted(set(page_ids))
    if page_ids:
        transaction.on_commit(lambda: render_pages_task.enqueue(page_ids))


def drop(page_ids) -> None:
    """Remove stored rows now: a request renders them again, or finds the page gone."""
    StoredPage.objects.filter(page_id__in=list(page_ids)).delete()
    transaction.on_commit(response_cache.clear)


def rendered(page_ids) -> list[str]:
    """Render now; returns the frontend paths whose JSON changed, for the revalidation webhook."""
    changed = [row for row in render_pages(page_ids) if row.changed]
    if changed:
        response_cache.clear()
        purge_api_urls(changed)
    return sorted({row.frontend_path for row in changed})


# Signal receivers.


def on_page_published(sender, instance, **kwargs):
    if instance.depth <= 2:
        forget_sites()  # a site root or its translation: the language roots change
    affected = pages_affected_by_page(instance)

    def render_now():
        try:
            rendered([instance.pk])
        except Exception:  # the background render below tries again; publishing succeeded
            logger.exception("Rendering the API JSON of page %s failed", instance.pk)

    transaction.on_commit(render_now)
    render_later(affected - {instance.pk})


def on_page_hidden(sender, instance, **kwargs):
    """Unpublished or deleted: nothing may name it from now on, so every row that might is
    dropped at once (a request renders it again if the background has not yet)."""
    affected = pages_affected_by_page(instance)
    drop(affected)
    render_later(affected - {instance.pk})


def on_page_deleted(sender, instance, **kwargs):
    # Deleting a page sends pre_delete for its specific row and for its wagtailcore.Page row;
    # the Page one is sent for every page deleted, descendants included.
    if type(instance) is Page:
        on_page_hidden(sender, instance)


def _subtree_changed(page, also=()) -> None:
    """Every path or visibility at and below ``page`` may have changed."""
    subtree = set(Page.objects.descendant_of(page, inclusive=True).values_list("pk", flat=True))
    affected = set(subtree)
    for member in Page.objects.filter(pk__in=subtree).specific():
        affected |= pages_affected_by_page(member)
    for other in also:
        affected |= {other.pk} | _ancestors(other)
    drop(affected)
    render_later(affected)


def on_page_moved(sender, instance, parent_page_before=None, parent_page_after=None, **kwargs):
    _subtree_changed(instance, [p for p in (parent_page_before, parent_page_after) if p])


def on_slug_changed(sender, instance, **kwargs):
    _subtree_changed(instance)


def on_restriction_changed(sender, instance, **kwargs):
    page = Page.objects.filter(pk=instance.page_id).first()
    if page is not None:
        _subtree_changed(page)


def on_object_changed(sender, instance, update_fields=None, **kwargs):
    """A place, an FAQ, a topic or an image: re-render the pages that show it. A draft changes
    nothing the public sees; an unpublished FAQ must leave its pages at once."""
    if only_revision_bookkeeping(update_fields):
        return
    affected = pages_affected_by_object(instance)
    if getattr(instance, "live", True) is False:
        drop(affected)
    render_later(affected)


def on_site_changed(sender, instance, **kwargs):
    """A site's root or hostname: every stored path may be wrong."""
    forget_sites()
    StoredPage.objects.all().delete()
    transaction.on_commit(response_cache.clear)


def on_operator_changed(sender, instance, **kwargs):
    """The operator is the provider in itineraries' JSON-LD and the site's footer."""
    from guide.itineraries.models import ItineraryPage

    render_later(
        ItineraryPage.objects.filter(path__startswith=instance.site.root_page.path).values_list(
            "pk", flat=True
        )
    )
    transaction.on_commit(response_cache.clear)
