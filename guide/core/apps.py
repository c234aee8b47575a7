from django.apps import AppConfig


class CoreConfig(AppConfig):
    name = "guide.core"
    label = "core"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from wagtail.signals import page_published, page_unpublished

        from .revalidation import on_page_changed

        page_published.connect(on_page_changed, dispatch_uid="guide_revalidate_published")
        page_unpublished.connect(on_page_changed, dispatch_uid="guide_revalidate_unpublished")
