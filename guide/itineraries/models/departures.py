"""Dated departures of an itinerary: status, seats and price per person.

Departures are an inline of the itinerary page, so they have the page's drafts, revisions,
scheduling and preview: a new price reaches the public when the page is published.
"""

from datetime import date

from django import forms
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator
from django.db import models
from django.db.models import F, Q
from django.utils import timezone
from modelcluster.fields import ParentalKey
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel
from wagtail.models import Orderable

from guide.core.money import from_minor, to_minor, validate_currency

MAX_SEATS = 500
MAX_PRICE = 1_000_000  # in major units: minor units of any currency fit the integer column


class DepartureStatus(models.TextChoices):
    OPEN = "open", "Open"
    GUARANTEED = "guaranteed", "Guaranteed (runs whatever the group size)"
    FEW_SEATS = "few_seats", "Few seats left"
    FULL = "full", "Full"
    CANCELLED = "cancelled", "Cancelled"


BOOKABLE = (DepartureStatus.OPEN, DepartureStatus.GUARANTEED, DepartureStatus.FEW_SEATS)

# schema.org's ItemAvailability of each status; a cancelled departure is offered to nobody.
SCHEMA_AVAILABILITY = {
    DepartureStatus.OPEN: "https://schema.org/InStock",
    DepartureStatus.GUARANTEED: "https://schema.org/InStock",
    DepartureStatus.FEW_SEATS: "https://schema.org/LimitedAvailability",
    DepartureStatus.FULL: "https://schema.org/SoldOut",
}


def bookable_q(prefix: str = "") -> Q:
    """The SQL form of `ItineraryDeparture.is_bookable`."""
    return Q(**{f"{prefix}status__in": BOOKABLE}) & (
        Q(**{f"{prefix}seats_total__isnull": True})
        | Q(**{f"{prefix}seats_taken__lt": F(f"{prefix}seats_total")})
    )


class ItineraryDeparture(Orderable):
    page = ParentalKey(
        "guide_itineraries.ItineraryPage", on_delete=models.CASCADE, related_name="departures"
    )
    start_date = models.DateField(help_text="The first day of the trek.")
    status = models.CharField(
        max_length=16, choices=DepartureStatus.choices, default=DepartureStatus.OPEN
    )
    seats_total = models.PositiveSmallIntegerField(
        "seats",
        null=True,
        blank=True,
        validators=[MaxValueValidator(MAX_SEATS)],
        help_text="Leave empty when seats are 'on request'.",
    )
    seats_taken = models.PositiveSmallIntegerField(
        "seats taken", default=0, validators=[MaxValueValidator(MAX_SEATS)]
    )
    price_minor = models.PositiveIntegerField(
        "price per person (minor units)", null=True, blank=True, editable=False
    )
    currency = models.CharField(
        max_length=3,
        default="USD",
        validators=[validate_currency],
        help_text="ISO 4217 code: USD, EUR, PEN.",
    )
    single_supplement_minor = models.PositiveIntegerField(null=True, blank=True, editable=False)
    price_includes = models.CharField(
        "the price includes",
        max_length=250,
        blank=True,
        help_text="In a few words: 'guide, cook, horses, meals, bus back to Cusco'.",
    )
    note = models.CharField(max_length=250, blank=True)

    panels = [
        FieldRowPanel([FieldPanel("start_date"), FieldPanel("status")]),
        FieldRowPanel([FieldPanel("seats_total"), FieldPanel("seats_taken")]),
        FieldRowPanel(
            [FieldPanel("price"), FieldPanel("currency"), FieldPanel("single_supplement")]
        ),
        FieldPanel("price_includes"),
        FieldPanel("note"),
    ]

    class Meta(Orderable.Meta):
        verbose_name = "departure"
        ordering = ["start_date", "sort_order"]

    def __str__(self):
        return f"{self.start_date:%d %b %Y} ({self.get_status_display()})"

    @property
    def seats_left(self) -> int | None:
        if self.seats_total is None:
            return None
        return max(0, self.seats_total - self.seats_taken)

    @property
    def schema_availability(self) -> str | None:
        if self.seats_left == 0 and self.status in BOOKABLE:
            return SCHEMA_AVAILABILITY[DepartureStatus.FULL]
        return SCHEMA_AVAILABILITY.get(self.status)

    @property
    def is_bookable(self) -> bool:
        return self.status in BOOKABLE and self.seats_left != 0

    def clean(self):
        super().clean()
        errors = {}
        if self.seats_total is not None and self.seats_taken > self.seats_total:
            errors["seats_taken"] = "Seats taken cannot be more than the seats there are."
        if self.start_date and self.start_date < timezone.localdate() and self._date_changed():
            errors["start_date"] = "A departure cannot be in the past."
        if errors:
            raise ValidationError(errors)

    def _date_changed(self) -> bool:
        """New, or moved: a departure that has passed may stay on the page unchanged."""
        if self.pk is None:
            return True
        saved = type(self).objects.filter(pk=self.pk).values_list("start_date", flat=True)
        return saved.first() != self.start_date


class DepartureForm(WagtailAdminModelForm):
    """Prices typed in major units (1,250.00) and stored in the currency's minor units."""

    price = forms.DecimalField(
        label="price per person",
        required=False,
        min_value=0,
        max_value=MAX_PRICE,
        decimal_places=3,
    )
    single_supplement = forms.DecimalField(
        required=False,
        min_value=0,
        max_value=MAX_PRICE,
        decimal_places=3,
        help_text="Extra for a traveller who wants a room or tent alone.",
    )
    money_fields = {"price": "price_minor", "single_supplement": "single_supplement_minor"}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for field, column in self.money_fields.items():
            minor = getattr(self.instance, column)
            if minor is not None:
                self.initial[field] = from_minor(minor, self.instance.currency)

    def clean(self):
        cleaned_data = super().clean()
        currency = cleaned_data.get("currency")
        for field, column in self.money_fields.items():
            amount = cleaned_data.get(field)
            if amount is None:
                if field not in self.errors:
                    setattr(self.instance, column, None)
            elif currency:
                try:
                    setattr(self.instance, column, to_minor(amount, currency))
                except ValidationError as error:
                    self.add_error(field, error)
        return cleaned_data


class DepartureInlinePanel(InlinePanel):
    """The departures inline, with the form that turns typed prices into minor units."""

    def get_form_options(self):
        options = super().get_form_options()
        options["formsets"][self.relation_name]["form"] = DepartureForm
        return options


def upcoming(departures, today: date | None = None) -> list[ItineraryDeparture]:
    """The departures from today on, by date."""
    today = today or timezone.localdate()
    return sorted(
        (departure for departure in departures if departure.start_date >= today),
        key=lambda departure: (departure.start_date, departure.sort_order or 0),
    )
