from django.apps import AppConfig


class CoreConfig(AppConfig):
    name = "guide.core"
    label = "guide_core"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from django.db.models.signals import post_delete, post_save
        from wagtail.contrib.redirects.models import Redirect
        from wagtail.images import get_image_model
        from wagtail.signals import page_published, page_unpublished

        from .images import on_image_saved
        from .revalidation import on_page_changed, on_redirect_changed

        page_published.connect(on_page_changed, dispatch_uid="guide_revalidate_published")
        page_unpublished.connect(on_page_changed, dispatch_uid="guide_revalidate_unpublished")
        post_save.connect(on_redirect_changed, sender=Redirect, dispatch_uid="guide_redirect_saved")
        post_delete.connect(
            on_redirect_changed, sender=Redirect, dispatch_uid="guide_redirect_gone"
        )
        post_save.connect(
            on_image_saved, sender=get_image_model(), dispatch_uid="guide_image_renditions"
        )
