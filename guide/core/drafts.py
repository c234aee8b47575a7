"""Drafts of places and FAQs.

Saving a draft writes only revision bookkeeping; the published fields stay as they were, so
nothing that follows published content needs to react to it.
"""

from wagtail.models import DraftStateMixin

REVISION_BOOKKEEPING = frozenset({"latest_revision", "live_revision", "has_unpublished_changes"})


def only_revision_bookkeeping(update_fields) -> bool:
    return bool(update_fields) and set(update_fields) <= REVISION_BOOKKEEPING


def record_published_state(obj) -> None:
    """An object published before it had revisions (created in code, loaded, or older than
    drafts) gets its current state recorded as its live revision. Without one, Wagtail takes a
    scheduled edit for a first publication: it would take the object offline with the new
    figures until the scheduled time."""
    if isinstance(obj, DraftStateMixin) and obj.pk and obj.live and not obj.live_revision_id:
        obj.live_revision = obj.save_revision(clean=False)
        obj.has_unpublished_changes = False
        obj.save(update_fields=["live_revision", "has_unpublished_changes"])
