"""The enquiry endpoints' shapes, in the OpenAPI document beside the guide's other schemas.

GuideEnquiryIn checks each field on its own and says what is wrong in a sentence for the
visitor (validation.py turns pydantic's errors into GuideFormError); what needs the database
(is the itinerary public, is the departure one of its own) is checked by the route.
"""

import re
from datetime import date, timedelta

from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.utils import timezone
from ninja import Schema
from pydantic import Field, field_validator

from guide.api.v3.errors import LARGEST_ID

from .choices import (
    EMAIL_MAX_LENGTH,
    HEARD_FROM_MAX_LENGTH,
    MESSAGE_MAX_LENGTH,
    NAME_MAX_LENGTH,
    PARTY_SIZE_MAX,
    PARTY_SIZE_MIN,
    YEARS_AHEAD,
    heard_from_choices,
)

MONTH_PATTERN = r"^\d{4}-(0[1-9]|1[0-2])$"
# Control characters other than tab and newline: no use in a name or a message, and a NUL
# cannot be stored in PostgreSQL at all.
CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")


class GuideHeardFromChoice(Schema):
    value: str
    label: str


class GuideEnquiryForm(Schema):
    """What the visitor site needs to render the enquiry form."""

    token: str = Field(
        description="Signed time the form was handed out: send it back with the enquiry."
    )
    heard_from: list[GuideHeardFromChoice] = Field(
        description="The answers to offer for 'how did you hear of us?'."
    )
    party_size_min: int
    party_size_max: int
    min_seconds: int = Field(
        description="An enquiry sent sooner than this after the form was handed out is refused."
    )


class GuideEnquiryReceived(Schema):
    received: bool
    message: str = Field(description="A sentence to show the visitor.")


class GuideFormError(Schema):
    """Every refusal of the enquiry endpoint (400, 413, 429)."""

    message: str = Field(description="What went wrong, as a sentence for the visitor.")
    errors: dict[str, list[str]] = Field(
        description="Messages by field name (the request body's names); empty when the "
        "refusal concerns no field."
    )


def _today() -> date:
    # A day's grace: a visitor west of the operator's time zone may still be on yesterday.
    return timezone.localdate() - timedelta(days=1)


def _latest() -> date:
    today = timezone.localdate()
    return today.replace(year=today.year + YEARS_AHEAD, day=min(today.day, 28))


def _text(value: str) -> str:
    return CONTROL.sub("", value).strip()


class GuideEnquiryIn(Schema):
    """A visitor's request for information."""

    name: str = Field(max_length=NAME_MAX_LENGTH)
    email: str = Field(max_length=EMAIL_MAX_LENGTH)
    travel_date: date | None = Field(
        default=None, description="The day the visitor means to start, if they know it."
    )
    travel_month: str | None = Field(
        default=None,
        pattern=MONTH_PATTERN,
        description="The month the visitor means to travel, as YYYY-MM, when they have no date.",
    )
    party_size: int = Field(ge=PARTY_SIZE_MIN, le=PARTY_SIZE_MAX)
    itinerary: int | None = Field(default=None, ge=1, le=LARGEST_ID)
    departure: int | None = Field(
        default=None, ge=1, le=LARGEST_ID, description="A departure of the itinerary."
    )
    message: str = Field(max_length=MESSAGE_MAX_LENGTH)
    heard_from: str = Field(
        default="",
        max_length=HEARD_FROM_MAX_LENGTH,
        description="One of the values GET .../enquiries/form/ offers, or empty.",
    )
    consent: bool = Field(description="The visitor agrees to the enquiry being stored.")
    token: str = Field(max_length=200, description="The token from GET .../enquiries/form/.")
    website: str = Field(default="", description="Leave empty (a trap for robots).")

    @field_validator("name")
    @classmethod
    def _name(cls, value: str) -> str:
        value = " ".join(_text(value).split())  # one line: it goes into an email's subject
        if not value:
            raise ValueError("Please tell us your name.")
        return value

    @field_validator("email")
    @classmethod
    def _email(cls, value: str) -> str:
        value = value.strip()
        try:
            validate_email(value)
        except ValidationError:
            raise ValueError("Please enter a valid email address, like name@example.com.") from None
        return value

    @field_validator("travel_date")
    @classmethod
    def _travel_date(cls, value: date | None) -> date | None:
        if value is not None and value < _today():
            raise ValueError("The travel date is in the past; please choose a date from today.")
        if value is not None and value > _latest():
            raise ValueError(
                f"The travel date is more than {YEARS_AHEAD} years away; please check it."
            )
        return value

    @field_validator("travel_month")
    @classmethod
    def _travel_month(cls, value: str | None) -> str | None:
        if value is None:
            return None
        year, month = (int(part) for part in value.split("-"))
        if date(year, month, 1) < _today().replace(day=1):
            raise ValueError("The travel month is in the past; please choose this month or later.")
        if date(year, month, 1) > _latest():
            raise ValueError(
                f"The travel month is more than {YEARS_AHEAD} years away; please check it."
            )
        return value

    @field_validator("message")
    @classmethod
    def _message(cls, value: str) -> str:
        value = _text(value)
        if not value:
            raise ValueError("Please write a message: what would you like to know?")
        return value

    @field_validator("heard_from")
    @classmethod
    def _heard_from(cls, value: str) -> str:
        value = value.strip()
        if value and value not in dict(heard_from_choices()):
            raise ValueError("Please choose one of the answers offered, or leave it empty.")
        return value

    @field_validator("consent")
    @classmethod
    def _consent(cls, value: bool) -> bool:
        if not value:
            raise ValueError(CONSENT_MESSAGE)
        return value

    @property
    def travel_month_date(self) -> date | None:
        if self.travel_month is None:
            return None
        year, month = (int(part) for part in self.travel_month.split("-"))
        return date(year, month, 1)


CONSENT_MESSAGE = (
    "Please agree to us keeping your enquiry so that we can answer it; without it we cannot "
    "accept the form."
)
