from django.apps import AppConfig


class ApiConfig(AppConfig):
    name = "guide.api"
    label = "guide_api"
