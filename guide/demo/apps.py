from django.apps import AppConfig


class DemoConfig(AppConfig):
    name = "guide.demo"
    label = "guide_demo"
    default_auto_field = "django.db.models.BigAutoField"
