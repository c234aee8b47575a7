"""Sending the operator's email of each enquiry, at least once, whatever the mail server does.

Each attempt is claimed first, with one conditional UPDATE that counts it and sets a lease
(``next_attempt_at`` a while ahead), so the task and `send_enquiry_emails` never send the same
attempt twice. A failure keeps the error and the time of the next attempt, further off each
time; after GUIDE["ENQUIRY_EMAIL_MAX_ATTEMPTS"] the enquiry stays unsent and is shown to editors
as "not delivered". Bookkeeping is written with UPDATE only, so an editor's change of status or
note meanwhile is never overwritten.
"""

import logging
from collections import Counter
from datetime import timedelta

from django.db.models import Q
from django.utils import timezone

from guide.core.conf import guide_settings

from .emails import compose
from .models import Enquiry

logger = logging.getLogger(__name__)

# The task gets the first go; past this, the scheduler sends what the task has not.
FIRST_ATTEMPT_GRACE = timedelta(minutes=2)
# How long an attempt may take before another process may try again (a crashed worker).
LEASE = timedelta(minutes=10)
LONGEST_WAIT = timedelta(hours=6)
SENT, FAILED, GAVE_UP, SKIPPED = "sent", "failed", "gave up", "skipped"


def backoff(attempts: int) -> timedelta:
    """1, 2, 4, 8... minutes after the 1st, 2nd, 3rd, 4th... failure, at most LONGEST_WAIT."""
    return min(timedelta(minutes=2 ** max(0, attempts - 1)), LONGEST_WAIT)


def _claim(pk: int, seen_attempts: int, *, due_by=None) -> bool:
    now = timezone.now()
    rows = Enquiry.objects.filter(
        pk=pk,
        notified_at__isnull=True,
        notify_attempts=seen_attempts,
        notify_attempts__lt=guide_settings.ENQUIRY_EMAIL_MAX_ATTEMPTS,
    )
    if due_by is not None:
        rows = rows.filter(Q(next_attempt_at__isnull=True) | Q(next_attempt_at__lte=due_by))
    return rows.update(notify_attempts=seen_attempts + 1, next_attempt_at=now + LEASE) == 1


def _attempt(pk: int) -> str:
    enquiry = Enquiry.objects.select_related("itinerary").get(pk=pk)
    try:
        sent = compose(enquiry).send()
        if not sent:
            raise RuntimeError("The mail backend accepted no message.")
    except Exception as error:  # noqa: BLE001 - any failure is recorded and retried
        now = timezone.now()
        given_up = enquiry.notify_attempts >= guide_settings.ENQUIRY_EMAIL_MAX_ATTEMPTS
        Enquiry.objects.filter(pk=pk).update(
            last_error=f"{now:%Y-%m-%d %H:%M:%S} {type(error).__name__}: {error}"[:2000],
            next_attempt_at=None if given_up else now + backoff(enquiry.notify_attempts),
        )
        logger.warning(
            "Email of enquiry %s not sent (attempt %s): %s", pk, enquiry.notify_attempts, error
        )
        return GAVE_UP if given_up else FAILED
    Enquiry.objects.filter(pk=pk).update(
        notified_at=timezone.now(), next_attempt_at=None, last_error=""
    )
    return SENT


def send_first(pk: int) -> str:
    """The first attempt, right after the enquiry is stored (the task)."""
    if not _claim(pk, 0):
        return SKIPPED  # already sent or being sent by the scheduler
    return _attempt(pk)


def send_due(limit: int = 200) -> Counter:
    """Every enquiry whose next attempt is due (the scheduler, `send_enquiry_emails`)."""
    now = timezone.now()
    due = (
        Enquiry.objects.filter(
            notified_at__isnull=True,
            notify_attempts__lt=guide_settings.ENQUIRY_EMAIL_MAX_ATTEMPTS,
            next_attempt_at__lte=now,
        )
        .order_by("next_attempt_at")
        .values_list("pk", "notify_attempts")[:limit]
    )
    outcomes = Counter()
    for pk, attempts in list(due):
        outcomes[_attempt(pk) if _claim(pk, attempts, due_by=now) else SKIPPED] += 1
    return outcomes


def retry_failed() -> int:
    """Makes enquiries given up on due again, with a fresh count of attempts."""
    return Enquiry.objects.delivery("failed").update(
        notify_attempts=0, next_attempt_at=timezone.now()
    )
