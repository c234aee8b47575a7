"""The enquiry email as a background task (django-tasks: at once by default, in a worker with
the database backend), queued once the enquiry is committed."""

import logging

from django_tasks import task

from . import delivery

logger = logging.getLogger(__name__)


@task()
def send_enquiry_email(enquiry_id: int) -> str:
    return delivery.send_first(enquiry_id)


def queue_email(enquiry_id: int) -> None:
    # A queue that cannot take the task loses nothing: the scheduler sends what is due.
    try:
        send_enquiry_email.enqueue(enquiry_id)
    except Exception:  # noqa: BLE001
        logger.warning("Could not queue the email of enquiry %s", enquiry_id, exc_info=True)
