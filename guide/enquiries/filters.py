"""The inbox's filters: status, itinerary, travel month, received, and the email's delivery."""

from datetime import date

import django_filters
from django import forms
from django.db.models import Q
from wagtail.admin.filters import DateRangePickerWidget, WagtailFilterSet

from guide.itineraries.models import ItineraryPage

from .models import Delivery, Enquiry, EnquiryStatus


def travel_months() -> list[tuple[str, str]]:
    """The months enquiries name, by a month or by a date in it, latest first."""
    months = set(Enquiry.objects.dates("travel_month", "month"))
    months |= set(Enquiry.objects.dates("travel_date", "month"))
    return [(f"{month:%Y-%m}", f"{month:%B %Y}") for month in sorted(months, reverse=True)]


def asked_about(request):
    return ItineraryPage.objects.filter(enquiries__isnull=False).distinct().order_by("title")


class EnquiryFilterSet(WagtailFilterSet):
    status = django_filters.ChoiceFilter(
        choices=EnquiryStatus.choices, widget=forms.RadioSelect, empty_label="All"
    )
    itinerary = django_filters.ModelChoiceFilter(queryset=asked_about)
    travel = django_filters.ChoiceFilter(
        label="Travel month", choices=travel_months, method="filter_travel", empty_label="All"
    )
    created_at = django_filters.DateFromToRangeFilter(
        label="Received", widget=DateRangePickerWidget
    )
    delivery = django_filters.ChoiceFilter(
        label="Email",
        choices=Delivery.choices,
        method="filter_delivery",
        widget=forms.RadioSelect,
        empty_label="All",
    )

    class Meta:
        model = Enquiry
        fields = []

    def filter_travel(self, queryset, name, value):
        year, month = (int(part) for part in value.split("-"))
        return queryset.filter(
            Q(travel_month=date(year, month, 1))
            | Q(travel_date__year=year, travel_date__month=month)
        )

    def filter_delivery(self, queryset, name, value):
        return queryset.delivery(value)
