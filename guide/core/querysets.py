from django.db.models import Q
from django.utils import timezone


def visible_to_public(queryset):
    """Live, unrestricted pages whose expiry time, if any, has not passed.

    Wagtail unpublishes expired pages only when `publish_scheduled` runs; until then an expired
    page is still `live`, so the expiry time is checked here as well.
    """
    return (
        queryset.live().public().filter(Q(expire_at__isnull=True) | Q(expire_at__gt=timezone.now()))
    )
