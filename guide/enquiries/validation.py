"""An enquiry's errors as the visitor reads them: a sentence per field, all at once.

Field by field, GuideEnquiryIn's own validators give the sentences; pydantic's errors for a
value of the wrong type or size get the field's sentence from FORMAT below. What needs the
database (an itinerary the public can see, a departure of that itinerary) is checked after.
"""

from dataclasses import dataclass

from django.utils import timezone
from pydantic import ValidationError

from guide.core.visibility import Visibility
from guide.itineraries.models import DepartureStatus, ItineraryDeparture, ItineraryPage

from .choices import (
    EMAIL_MAX_LENGTH,
    MESSAGE_MAX_LENGTH,
    NAME_MAX_LENGTH,
    PARTY_SIZE_MAX,
    PARTY_SIZE_MIN,
)
from .schemas import CONSENT_MESSAGE, GuideEnquiryIn

Errors = dict[str, list[str]]

REQUIRED = {
    "name": "Please tell us your name.",
    "email": "Please enter your email address, so that we can answer you.",
    "party_size": "Please tell us how many of you will travel.",
    "message": "Please write a message: what would you like to know?",
    "consent": CONSENT_MESSAGE,
    "token": "The form's token is missing; please reload the page and send again.",
}
FORMAT = {
    "name": f"Your name must be text of at most {NAME_MAX_LENGTH} characters.",
    "email": f"Please enter a valid email address of at most {EMAIL_MAX_LENGTH} characters.",
    "travel_date": "Please give the travel date as a day of the calendar, like 2027-06-14.",
    "travel_month": "Please give the travel month as year and month, like 2027-06.",
    "party_size": (
        f"The party size must be a whole number from {PARTY_SIZE_MIN} to {PARTY_SIZE_MAX}."
    ),
    "itinerary": "Please choose the itinerary from the list.",
    "departure": "Please choose the departure from the list.",
    "message": f"Your message must be text of at most {MESSAGE_MAX_LENGTH:,} characters; "
    "please shorten it.",
    "heard_from": "Please choose one of the answers offered, or leave it empty.",
    "consent": CONSENT_MESSAGE,
    "token": "The form's token is not valid; please reload the page and send again.",
    "website": "The enquiry could not be accepted.",
}
VALUE_ERROR_PREFIX = "Value error, "


def field_errors(error: ValidationError) -> Errors:
    errors: Errors = {}
    for item in error.errors(include_url=False):
        field = str(item["loc"][0]) if item.get("loc") else "__all__"
        if item["type"] == "value_error":
            text = str(item["msg"]).removeprefix(VALUE_ERROR_PREFIX)
        elif item["type"] == "missing":
            text = REQUIRED.get(field, f"{field} is required.")
        else:
            text = FORMAT.get(field, f"{field} is not valid.")
        messages = errors.setdefault(field, [])
        if text not in messages:
            messages.append(text)
    return errors


def parse(data: dict) -> tuple[GuideEnquiryIn | None, Errors]:
    try:
        return GuideEnquiryIn.model_validate(data), {}
    except ValidationError as error:
        return None, field_errors(error)


@dataclass
class Subject:
    """What the enquiry is about, as found in the database."""

    itinerary: ItineraryPage | None = None
    departure: ItineraryDeparture | None = None


def find_subject(request, enquiry: GuideEnquiryIn) -> tuple[Subject, Errors]:
    """The public itinerary and departure the enquiry names, or the sentences why not."""
    errors: Errors = {}
    subject = Subject()
    if enquiry.travel_date is not None and enquiry.travel_month is not None:
        errors["travel_month"] = ["Please give either a travel date or a month, not both."]
    public = Visibility.for_request(request).pages(ItineraryPage)
    if enquiry.itinerary is not None:
        subject.itinerary = public.filter(pk=enquiry.itinerary).first()
        if subject.itinerary is None:
            errors["itinerary"] = [
                "We could not find this itinerary; please choose one from the list."
            ]
            return subject, errors
    if enquiry.departure is not None:
        departure = ItineraryDeparture.objects.filter(
            pk=enquiry.departure, page__in=public.values("pk")
        ).first()
        if departure is None:
            errors["departure"] = [
                "We could not find this departure; please choose one from the list."
            ]
        elif subject.itinerary is not None and departure.page_id != subject.itinerary.pk:
            errors["departure"] = ["This departure belongs to another itinerary."]
        elif departure.status == DepartureStatus.CANCELLED:
            errors["departure"] = [
                "This departure has been cancelled; please choose another one or ask about "
                "other dates in your message."
            ]
        elif departure.start_date < timezone.localdate():
            errors["departure"] = ["This departure has already left; please choose a later one."]
        else:
            subject.departure = departure
            if subject.itinerary is None:
                subject.itinerary = public.get(pk=departure.page_id)
    return subject, errors
