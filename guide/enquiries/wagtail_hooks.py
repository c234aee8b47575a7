"""The editors' inbox: enquiries listed, filtered, searched, read, answered and exported."""

from wagtail import hooks
from wagtail.admin.panels import FieldPanel
from wagtail.admin.ui.tables import Column, DateColumn, StatusTagColumn
from wagtail.permissions import policy_registry
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import IndexView, SnippetViewSet

from .filters import EnquiryFilterSet
from .models import Enquiry, EnquiryStatus
from .panels import EnquiriesPanel

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def csv_text(value: str) -> str:
    """Visitors' text that a spreadsheet would run as a formula is kept as text (XLSX export
    already stores it as a string)."""
    return "'" + value if value.startswith(FORMULA_STARTS) else value


class EnquiryIndexView(IndexView):
    custom_value_preprocess = {
        **IndexView.custom_value_preprocess,
        str: {IndexView.FORMAT_CSV: csv_text},
    }

    def get_base_queryset(self):
        # The itinerary column and the export name each row's itinerary: one query for all.
        return super().get_base_queryset().select_related("itinerary")


class EnquiryViewSet(SnippetViewSet):
    model = Enquiry
    index_view_class = EnquiryIndexView
    icon = "mail"
    menu_label = "Enquiries"
    menu_order = 150
    add_to_admin_menu = True
    copy_view_enabled = False  # an enquiry is the visitor's own words
    inspect_view_enabled = True
    list_display = [
        "name",
        "email",
        Column("itinerary", label="Itinerary", accessor="get_itinerary_display"),
        Column("travel", label="Travelling"),
        Column("party_size", label="Party", sort_key="party_size"),
        StatusTagColumn(
            "status",
            label="Status",
            accessor="get_status_display",
            primary=lambda enquiry: enquiry.status == EnquiryStatus.NEW,
            sort_key="status",
        ),
        Column("delivery", label="Email", accessor="get_delivery_display"),
        DateColumn("created_at", label="Received", sort_key="created_at"),
    ]
    filterset_class = EnquiryFilterSet
    # Searched in the database (the model is not in the search index: personal data).
    search_fields = ["name", "email", "message"]
    search_backend_name = None
    ordering = ["-created_at"]
    inspect_view_fields = [
        "name",
        "email",
        "itinerary",
        "itinerary_title",
        "departure",
        "departure_date",
        "travel_date",
        "travel_month",
        "party_size",
        "message",
        "heard_from",
        "consent",
        "status",
        "note",
        "created_at",
        "delivery",
        "notified_at",
        "notify_attempts",
        "last_error",
        "next_attempt_at",
    ]
    list_export = [
        "created_at",
        "get_status_display",
        "name",
        "email",
        "get_itinerary_display",
        "departure_date",
        "travel_date",
        "travel_month",
        "party_size",
        "message",
        "get_heard_from_display",
        "note",
        "get_delivery_display",
    ]
    export_headings = {
        "created_at": "Received",
        "get_status_display": "Status",
        "get_itinerary_display": "Itinerary",
        "departure_date": "Departure",
        "get_heard_from_display": "Heard of us from",
        "note": "Internal note",
        "get_delivery_display": "Email",
    }
    export_filename = "enquiries"
    # Editors answer and note; what the visitor sent is shown, not editable.
    panels = [
        FieldPanel("name", read_only=True),
        FieldPanel("email", read_only=True),
        FieldPanel("message", read_only=True),
        FieldPanel("status"),
        FieldPanel("note"),
    ]


register_snippet(EnquiryViewSet)


@hooks.register("construct_homepage_panels")
def add_enquiries_panel(request, panels):
    policy = policy_registry.get_by_type(Enquiry)
    if policy.user_has_any_permission(request.user, ["view", "change"]):
        panels.append(EnquiriesPanel())
