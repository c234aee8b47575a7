from django.apps import AppConfig


class DestinationsConfig(AppConfig):
    name = "guide.destinations"
    label = "guide_destinations"
    default_auto_field = "django.db.models.BigAutoField"
