from django.apps import AppConfig


class ApiConfig(AppConfig):
    name = "guide.api"
    label = "guide_api"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from django.db.models.signals import post_delete, post_save, pre_delete
        from wagtail.images import get_image_model
        from wagtail.models import PageViewRestriction, Site
        from wagtail.signals import (
            page_published,
            page_slug_changed,
            page_unpublished,
            post_page_move,
        )

        from guide.core.cache import cache_recovered
        from guide.core.models import OperatorSettings
        from guide.faqs.models import FAQ, FAQTopic
        from guide.places.models import Place

        from .store import changes, response_cache
        from .v3.declarations import declarations, v2_fields
        from .v3.schemas import pages  # noqa: F401 (declares every page type)

        # API v2 shows the fields each page type declares, resolved the same way as in v3.
        for model, schema in declarations().items():
            model.api_fields = v2_fields(schema)

        cache_recovered.connect(response_cache.on_cache_recovered, dispatch_uid="guide_api_cache")
        page_published.connect(changes.on_page_published, dispatch_uid="guide_store_published")
        page_unpublished.connect(changes.on_page_hidden, dispatch_uid="guide_store_unpublished")
        post_page_move.connect(changes.on_page_moved, dispatch_uid="guide_store_moved")
        page_slug_changed.connect(changes.on_slug_changed, dispatch_uid="guide_store_slug")
        pre_delete.connect(changes.on_page_deleted, dispatch_uid="guide_store_page_deleted")
        watched = [
            (PageViewRestriction, changes.on_restriction_changed),
            (Site, changes.on_site_changed),
            (OperatorSettings, changes.on_operator_changed),
            *((model, changes.on_object_changed) for model in (Place, FAQ, FAQTopic)),
            (get_image_model(), changes.on_object_changed),
        ]
        for model, receiver in watched:
            for signal, name in ((post_save, "saved"), (post_delete, "deleted")):
                signal.connect(
                    receiver, sender=model, dispatch_uid=f"guide_store_{model.__name__}_{name}"
                )
