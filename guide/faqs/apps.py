from django.apps import AppConfig


class FaqsConfig(AppConfig):
    name = "guide.faqs"
    label = "guide_faqs"
    default_auto_field = "django.db.models.BigAutoField"
