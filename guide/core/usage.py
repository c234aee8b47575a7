"""Which published pages show a snippet (a place, an FAQ): what an edit to it would change."""

from django.contrib.contenttypes.models import ContentType
from wagtail.models import Page, ReferenceIndex


def pages_using(obj) -> list[Page]:
    """The live pages whose content refers to ``obj``, as their own types, in tree order."""
    if obj.pk is None:
        return []
    page_type = ContentType.objects.get_for_model(Page)
    references = ReferenceIndex.get_references_to(obj).filter(base_content_type=page_type)
    page_ids = {int(object_id) for object_id in references.values_list("object_id", flat=True)}
    return list(Page.objects.live().filter(pk__in=page_ids).specific().order_by("path"))
