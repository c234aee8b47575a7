from django.apps import AppConfig


class EnquiriesConfig(AppConfig):
    name = "guide.enquiries"
    label = "guide_enquiries"
    verbose_name = "Enquiries"
    default_auto_field = "django.db.models.BigAutoField"
