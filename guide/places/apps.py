from django.apps import AppConfig


class PlacesConfig(AppConfig):
    name = "guide.places"
    label = "guide_places"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from . import signals  # noqa: F401
