from django.utils import timezone
from wagtail.models import Page


def visible_to_public(queryset):
    """Live, unrestricted pages whose expiry time, if any, has not passed.

    Wagtail unpublishes expired pages only when `publish_scheduled` runs; until then an expired
    page is still `live`, so expired ones are excluded here too. They are excluded by id (a
    filter the search backends accept) rather than by `expire_at`, which search cannot filter on.
    """
    queryset = queryset.live().public()
    expired = list(
        Page.objects.live().filter(expire_at__lte=timezone.now()).values_list("id", flat=True)
    )
    return queryset.exclude(id__in=expired) if expired else queryset


def prefetch_for_fields(queryset, fields: set[str] | None, needs):
    """Prefetch only the relations the requested API fields read (all when `fields` is None).

    `needs` pairs a set of field names with the lookups they need: [({"days"}, [...]), ...].
    """
    lookups = [
        lookup for names, group in needs if fields is None or names & fields for lookup in group
    ]
    return queryset.prefetch_related(*lookups)
