from django.apps import AppConfig


class CommunitiesConfig(AppConfig):
    name = "guide.communities"
    label = "guide_communities"
    default_auto_field = "django.db.models.BigAutoField"
