from django.apps import AppConfig


class GuideI18nConfig(AppConfig):
    name = "guide.i18n"
    label = "guide_i18n"
    verbose_name = "Translations"

    def ready(self):
        from django.apps import apps
        from wagtail.signals import published  # sent for pages and snippets alike

        from .sync import sync_translations

        if apps.is_installed("wagtail_localize"):
            published.connect(sync_translations, dispatch_uid="guide_i18n_published")
