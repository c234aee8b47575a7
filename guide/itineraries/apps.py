from django.apps import AppConfig


class ItinerariesConfig(AppConfig):
    name = "guide.itineraries"
    label = "guide_itineraries"
    default_auto_field = "django.db.models.BigAutoField"
