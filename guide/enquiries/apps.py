from django.apps import AppConfig


class EnquiriesConfig(AppConfig):
    name = "guide.enquiries"
    label = "guide_enquiries"
    verbose_name = "Enquiries"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from wagtail.permissions import register_permission_policy

        from .models import Enquiry
        from .permissions import EnquiryPermissionPolicy

        # Before the admin's viewset asks for the policy (it would make a default one).
        register_permission_policy(Enquiry, EnquiryPermissionPolicy(Enquiry))
