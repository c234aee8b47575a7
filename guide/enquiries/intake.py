"""Storing an accepted enquiry: the row first, in one transaction; the email after commit."""

from functools import partial

from django.db import transaction
from django.utils import timezone

from .delivery import FIRST_ATTEMPT_GRACE
from .models import Enquiry
from .schemas import GuideEnquiryIn
from .tasks import queue_email
from .validation import Subject


def store(enquiry: GuideEnquiryIn, subject: Subject, visitor_hash: str) -> Enquiry:
    now = timezone.now()
    with transaction.atomic():
        row = Enquiry.objects.create(
            name=enquiry.name,
            email=enquiry.email,
            travel_date=enquiry.travel_date,
            travel_month=enquiry.travel_month_date,
            party_size=enquiry.party_size,
            itinerary=subject.itinerary,
            itinerary_title=subject.itinerary.title if subject.itinerary else "",
            departure=subject.departure,
            departure_date=subject.departure.start_date if subject.departure else None,
            message=enquiry.message,
            heard_from=enquiry.heard_from,
            consent=enquiry.consent,
            created_at=now,
            client_hash=visitor_hash,
            # Due for the scheduler should the task never run (a worker that is down).
            next_attempt_at=now + FIRST_ATTEMPT_GRACE,
        )
        transaction.on_commit(partial(queue_email, row.pk), robust=True)
    return row
