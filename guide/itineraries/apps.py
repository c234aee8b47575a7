from django.apps import AppConfig


class ItinerariesConfig(AppConfig):
    name = "guide.itineraries"
    label = "itineraries"
    default_auto_field = "django.db.models.BigAutoField"
