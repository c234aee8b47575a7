"""Checking the whole site: live pages as their latest revisions, and every snippet."""

from collections.abc import Iterator

from django.db import transaction
from wagtail.models import Page
from wagtail.snippets.models import get_snippet_models

from .checker import Finding, check
from .models import Finding as StoredFinding
from .recorded import Facts
from .store import key, save_findings


def checked_objects() -> Iterator:
    for page in Page.objects.live().specific().order_by("path"):
        yield page.get_latest_revision_as_object() if page.has_unpublished_changes else page
    for model in get_snippet_models():
        yield from model.objects.order_by("pk")


def check_site(save: bool = True) -> list[tuple[object, list[Finding]]]:
    """[(object, findings)] for every object with findings; with `save`, the stored findings
    are replaced by these for every object checked."""
    facts = Facts.load()
    results, checked = [], set()
    for obj in checked_objects():
        found = check(obj, facts)
        if save:
            save_findings(obj, found)
            content_type, object_id = key(obj)
            checked.add((content_type.pk, object_id))
        if found:
            results.append((obj, found))
    if save:
        _forget_missing(checked)
    return results


@transaction.atomic
def _forget_missing(checked: set) -> None:
    """Findings of objects that are gone: not live pages that no longer exist, deleted snippets."""
    for finding in StoredFinding.objects.select_related("content_type"):
        if (finding.content_type_id, finding.object_id) in checked:
            continue
        model = finding.content_type.model_class()
        if model is None or not model._base_manager.filter(pk=finding.object_id).exists():
            finding.delete()
