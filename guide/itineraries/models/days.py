"""An itinerary's days, the places each day passes and its transport legs."""

from django.core.exceptions import ValidationError
from django.db import models
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Orderable, TranslatableMixin

from guide.core.choices import TransportMode
from guide.core.validators import (
    positive_distance_validators,
    positive_duration_validators,
    positive_hours_validators,
)
from guide.places.models import Place


class OvernightType(models.TextChoices):
    CAMP = "camp", "Camp"
    HOMESTAY = "homestay", "Homestay"
    HOTEL = "hotel", "Hotel"
    NONE = "none", "No night on the route (last day)"


class ItineraryDay(TranslatableMixin, Orderable, ClusterableModel):
    """A day of the route. Its words (title, description) are translated with the page; its
    figures, places, waypoints and transport are copied from the original language's day."""

    itinerary = ParentalKey(
        "guide_itineraries.ItineraryPage", on_delete=models.CASCADE, related_name="days"
    )
    title = models.CharField(max_length=120)
    from_place = models.ForeignKey(
        Place, on_delete=models.PROTECT, related_name="days_starting", verbose_name="from"
    )
    to_place = models.ForeignKey(
        Place, on_delete=models.PROTECT, related_name="days_ending", verbose_name="to"
    )
    hiking_hours_min = models.DecimalField(
        "hiking hours (least)",
        max_digits=4,
        decimal_places=1,
        null=True,
        blank=True,
        validators=positive_hours_validators,
        help_text="Leave empty on a day without hiking.",
    )
    hiking_hours_max = models.DecimalField(
        "hiking hours (most)",
        max_digits=4,
        decimal_places=1,
        null=True,
        blank=True,
        validators=positive_hours_validators,
    )
    distance_km = models.DecimalField(
        "hiking distance (km)",
        max_digits=5,
        decimal_places=1,
        null=True,
        blank=True,
        validators=positive_distance_validators,
    )
    ascent_m = models.PositiveIntegerField("ascent (m)", null=True, blank=True)
    descent_m = models.PositiveIntegerField("descent (m)", null=True, blank=True)
    overnight_type = models.CharField(
        max_length=16, choices=OvernightType.choices, default=OvernightType.CAMP
    )
    overnight_place = models.ForeignKey(
        Place,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="overnight_days",
        help_text="Leave empty when the night is spent at the day's end place.",
    )
    breakfast = models.BooleanField(default=False)
    lunch = models.BooleanField(default=False)
    dinner = models.BooleanField(default=False)
    description = RichTextField(features=["bold", "italic", "link", "ul"], blank=True)

    panels = [
        FieldPanel("title"),
        FieldRowPanel([FieldPanel("from_place"), FieldPanel("to_place")]),
        InlinePanel(
            "waypoints",
            label="Place passed",
            heading="Places passed on the way, in order (on foot or by road)",
        ),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("hiking_hours_min"), FieldPanel("hiking_hours_max")]),
                FieldRowPanel(
                    [FieldPanel("distance_km"), FieldPanel("ascent_m"), FieldPanel("descent_m")]
                ),
            ],
            heading="Hiking",
        ),
        FieldRowPanel([FieldPanel("overnight_type"), FieldPanel("overnight_place")]),
        FieldRowPanel(
            [FieldPanel("breakfast"), FieldPanel("lunch"), FieldPanel("dinner")],
            heading="Meals included",
        ),
        InlinePanel("transport_legs", label="Transport leg", heading="Transport"),
        FieldPanel("description"),
    ]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = "day"

    def __str__(self):
        return self.title

    def clean(self):
        super().clean()
        errors = {}
        if self.from_place_id and self.from_place_id == self.to_place_id:
            errors["to_place"] = "A day must end somewhere other than where it starts."
        low, high = self.hiking_hours_min, self.hiking_hours_max
        if (low is None) != (high is None):
            errors["hiking_hours_max"] = "Give both the least and most hiking hours, or neither."
        elif low is not None and low > high:
            errors["hiking_hours_max"] = "The most hiking hours must not be below the least."
        if self.overnight_type == OvernightType.NONE and self.overnight_place_id:
            errors["overnight_place"] = "A day without a night on the route has no overnight place."
        if errors:
            raise ValidationError(errors)

    @property
    def meals(self) -> list[str]:
        return [meal for meal in ("breakfast", "lunch", "dinner") if getattr(self, meal)]

    @property
    def sleeping_place(self) -> Place | None:
        if self.overnight_type == OvernightType.NONE:
            return None
        return self.overnight_place or self.to_place

    def route_places(self) -> list[Place]:
        """The day's places in walking order: start, places passed, end."""
        return [self.from_place, *(w.place for w in self.waypoints.all()), self.to_place]


class DayWaypoint(Orderable):
    """A place a day passes between its start and end: a pass, a lake, a village."""

    day = ParentalKey(ItineraryDay, on_delete=models.CASCADE, related_name="waypoints")
    place = models.ForeignKey(Place, on_delete=models.PROTECT, related_name="waypoints")

    panels = [FieldPanel("place")]


class TransportLeg(Orderable):
    """A ride on a day: the bus from Cusco, the train to Aguas Calientes."""

    day = ParentalKey(ItineraryDay, on_delete=models.CASCADE, related_name="transport_legs")
    mode = models.CharField(max_length=16, choices=TransportMode.choices)
    from_place = models.ForeignKey(Place, on_delete=models.PROTECT, related_name="+")
    to_place = models.ForeignKey(Place, on_delete=models.PROTECT, related_name="+")
    duration_minutes = models.PositiveIntegerField(validators=positive_duration_validators)
    notes = models.CharField(max_length=250, blank=True)

    panels = [
        FieldRowPanel([FieldPanel("mode"), FieldPanel("duration_minutes")]),
        FieldRowPanel([FieldPanel("from_place"), FieldPanel("to_place")]),
        FieldPanel("notes"),
    ]

    def clean(self):
        super().clean()
        if self.from_place_id and self.from_place_id == self.to_place_id:
            raise ValidationError({"to_place": "A transport leg must go somewhere else."})
