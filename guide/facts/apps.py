from django.apps import AppConfig


class GuideFactsConfig(AppConfig):
    name = "guide.facts"
    label = "guide_facts"
    verbose_name = "Fact checks"
    default_auto_field = "django.db.models.BigAutoField"
