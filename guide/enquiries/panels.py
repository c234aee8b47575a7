"""The dashboard's enquiries panel: how many are new, and how many emails did not go out."""

from django.urls import reverse
from laces.components import Component

from .models import Delivery, Enquiry, EnquiryStatus


class EnquiriesPanel(Component):
    name = "guide_enquiries"
    template_name = "guide_enquiries/home_panel.html"
    order = 90  # above Wagtail's own panels: an enquiry waits for an answer

    def get_context_data(self, parent_context=None):
        index = reverse(Enquiry.snippet_viewset.get_url_name("list"))
        return {
            "new_count": Enquiry.objects.filter(status=EnquiryStatus.NEW).count(),
            "new_url": f"{index}?status={EnquiryStatus.NEW}",
            "undelivered_count": Enquiry.objects.delivery(Delivery.FAILED).count(),
            "undelivered_url": f"{index}?delivery={Delivery.FAILED}",
        }
