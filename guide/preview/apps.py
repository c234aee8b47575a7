from django.apps import AppConfig


class PreviewConfig(AppConfig):
    name = "guide.preview"
    label = "guide_preview"
    default_auto_field = "django.db.models.BigAutoField"
