from django.db import transaction

from guide.core.drafts import only_revision_bookkeeping

from .tasks import check_site_task


def recheck_after_a_place_changes(sender, instance, update_fields=None, **kwargs):
    """A published place's figures changed: every page's findings are checked again in the
    background, so markers appear and disappear without the page being edited."""
    if only_revision_bookkeeping(update_fields):
        return
    transaction.on_commit(check_site_task.enqueue)
