"""Keeping each object's findings in guide_facts.Finding, and reading them back."""

from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from wagtail.models import Page

from .checker import Finding as Found
from .models import Finding


def key(obj) -> tuple[ContentType, str]:
    model = obj.specific_class if isinstance(obj, Page) else type(obj)
    return ContentType.objects.get_for_model(model), str(obj.pk)


def title(obj) -> str:
    if isinstance(obj, Page):
        return obj.get_admin_display_title()[:255]
    return str(obj)[:255]


@transaction.atomic
def save_findings(obj, found: list[Found]) -> None:
    content_type, object_id = key(obj)
    Finding.objects.filter(content_type=content_type, object_id=object_id).delete()
    label = title(obj)
    Finding.objects.bulk_create(
        [
            Finding(
                content_type=content_type, object_id=object_id, object_title=label, **f.as_dict()
            )
            for f in found
        ]
    )


def as_json(finding: Finding) -> dict:
    return {
        "object": {
            "type": f"{finding.content_type.app_label}.{finding.content_type.model}",
            "id": finding.object_id,
            "title": finding.object_title,
        },
        "field": finding.field,
        "block_path": finding.block_path,
        "fact": finding.fact,
        "sentence": finding.sentence,
        "subject": finding.subject,
        "stated": finding.stated,
        "recorded": finding.recorded,
        "checked_at": finding.checked_at.isoformat(),
    }
