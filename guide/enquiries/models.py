"""A visitor's request for information, kept until an editor has answered it.

The client's address is personal data and is not stored: only a keyed hash of it
(``client_hash``), enough to see that several enquiries came from one connection. The email
to the operator is bookkept on the row (``notified_at``, ``notify_attempts``, ``last_error``,
``next_attempt_at``) so that a failed send is retried and never loses the enquiry.

The model has no ``api_fields`` on purpose: Wagtail's v3 snippet routes leave out snippet
models without them, even for API-token holders, and API v2 has no endpoint for it.
"""

from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils import timezone
from wagtail.permissions import register_permission_policy

from guide.core.conf import guide_settings

from .choices import (
    EMAIL_MAX_LENGTH,
    HEARD_FROM_MAX_LENGTH,
    NAME_MAX_LENGTH,
    PARTY_SIZE_MAX,
    PARTY_SIZE_MIN,
    heard_from_label,
)
from .permissions import EnquiryPermissionPolicy


class EnquiryStatus(models.TextChoices):
    NEW = "new", "New"
    ANSWERED = "answered", "Answered"
    CLOSED = "closed", "Closed"


class Delivery(models.TextChoices):
    """Where the email to the operator stands."""

    SENT = "sent", "Sent"
    PENDING = "pending", "Waiting to be sent"
    FAILED = "failed", "Not delivered"


class EnquiryQuerySet(models.QuerySet):
    def delivery(self, state: str):
        max_attempts = guide_settings.ENQUIRY_EMAIL_MAX_ATTEMPTS
        if state == Delivery.SENT:
            return self.filter(notified_at__isnull=False)
        unsent = self.filter(notified_at__isnull=True)
        if state == Delivery.FAILED:
            return unsent.filter(notify_attempts__gte=max_attempts)
        return unsent.filter(notify_attempts__lt=max_attempts)


class Enquiry(models.Model):
    name = models.CharField(max_length=NAME_MAX_LENGTH)
    email = models.EmailField(max_length=EMAIL_MAX_LENGTH)
    travel_date = models.DateField(null=True, blank=True)
    travel_month = models.DateField(
        null=True, blank=True, help_text="The first day of the month the visitor means to travel."
    )
    party_size = models.PositiveSmallIntegerField(
        validators=[MinValueValidator(PARTY_SIZE_MIN), MaxValueValidator(PARTY_SIZE_MAX)]
    )
    itinerary = models.ForeignKey(
        "guide_itineraries.ItineraryPage",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="enquiries",
    )
    departure = models.ForeignKey(
        "guide_itineraries.ItineraryDeparture",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="enquiries",
    )
    # What the visitor saw when asking, kept should the page or departure be deleted later.
    itinerary_title = models.CharField(max_length=255, blank=True)
    departure_date = models.DateField(null=True, blank=True)
    message = models.TextField()
    heard_from = models.CharField(max_length=HEARD_FROM_MAX_LENGTH, blank=True)
    consent = models.BooleanField(
        help_text="The visitor agreed to their enquiry being stored to answer it."
    )
    status = models.CharField(
        max_length=16, choices=EnquiryStatus.choices, default=EnquiryStatus.NEW, db_index=True
    )
    note = models.TextField(
        "internal note", blank=True, help_text="For editors only; the visitor never sees it."
    )
    created_at = models.DateTimeField(default=timezone.now, editable=False, db_index=True)
    client_hash = models.CharField(max_length=64, blank=True, editable=False)

    notified_at = models.DateTimeField(null=True, blank=True, editable=False)
    notify_attempts = models.PositiveSmallIntegerField(default=0, editable=False)
    last_error = models.TextField(blank=True, editable=False)
    next_attempt_at = models.DateTimeField(null=True, blank=True, editable=False, db_index=True)

    objects = EnquiryQuerySet.as_manager()

    class Meta:
        verbose_name = "enquiry"
        verbose_name_plural = "enquiries"
        ordering = ["-created_at", "-pk"]
        # Enquiries come from visitors only: no one may add one in the admin.
        default_permissions = ("change", "delete", "view")

    def __str__(self):
        return f"{self.name} ({timezone.localtime(self.created_at):%d %b %Y})"

    @property
    def delivery(self) -> str:
        if self.notified_at is not None:
            return Delivery.SENT
        if self.notify_attempts >= guide_settings.ENQUIRY_EMAIL_MAX_ATTEMPTS:
            return Delivery.FAILED
        return Delivery.PENDING

    def get_delivery_display(self) -> str:
        return Delivery(self.delivery).label

    def get_heard_from_display(self) -> str:
        return heard_from_label(self.heard_from)

    def get_travel_month_display(self) -> str:
        return f"{self.travel_month:%B %Y}" if self.travel_month else ""

    def get_itinerary_display(self) -> str:
        return self.itinerary.title if self.itinerary_id else self.itinerary_title

    @property
    def travel(self) -> str:
        """When the visitor means to go, however they said it."""
        if self.travel_date:
            return f"{self.travel_date:%d %b %Y}"
        return self.get_travel_month_display()


# Registered as the model is defined: any app's ready() that asks for the policy first (the
# admin's viewsets, whatever the order of INSTALLED_APPS) would otherwise fix Wagtail's default.
register_permission_policy(Enquiry, EnquiryPermissionPolicy(Enquiry))
