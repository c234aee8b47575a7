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
