"""The operator's email: a mail server that refuses costs no enquiry; it is sent later."""

import socket
from datetime import timedelta

import pytest
from django.core import mail
from django.core.management import call_command
from django.utils import timezone

from guide.enquiries.models import Delivery, Enquiry

pytestmark = pytest.mark.django_db

LOCMEM = "django.core.mail.backends.locmem.EmailBackend"


@pytest.fixture
def smtp_down(settings):
    """Django's SMTP backend pointed at a loopback port nobody listens on."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST = "127.0.0.1"
    settings.EMAIL_PORT = port
    settings.EMAIL_TIMEOUT = 2
    return settings


def make_due(enquiry):
    Enquiry.objects.filter(pk=enquiry.pk).update(next_attempt_at=timezone.now())


def run(command="send_enquiry_emails", *args) -> str:
    from io import StringIO

    out = StringIO()
    call_command(command, *args, stdout=out)
    return out.getvalue()


def test_a_failed_send_keeps_the_enquiry_and_a_later_run_sends_it(post, smtp_down, operator):
    response = post()
    assert response.status_code == 201  # the visitor is told it arrived: it did
    enquiry = Enquiry.objects.get()
    assert enquiry.notified_at is None
    assert enquiry.notify_attempts == 1
    assert "ConnectionRefusedError" in enquiry.last_error
    assert enquiry.delivery == Delivery.PENDING
    wait = enquiry.next_attempt_at - timezone.now()
    assert timedelta(seconds=30) < wait <= timedelta(minutes=1)

    assert run() == ""  # not due yet: nothing tried, nothing said
    make_due(enquiry)
    smtp_down.EMAIL_BACKEND = LOCMEM
    assert (
        run() == "Enquiry emails: 1 sent, 0 failed (to be retried), 0 given up after the "
        "last attempt.\n"
    )

    enquiry.refresh_from_db()
    assert enquiry.notified_at is not None and enquiry.next_attempt_at is None
    assert enquiry.last_error == "" and enquiry.notify_attempts == 2
    assert len(mail.outbox) == 1 and "Rosa Quispe" in mail.outbox[0].subject
    assert run() == ""  # sent once, never again
    assert len(mail.outbox) == 1


def test_each_failure_waits_longer_and_the_last_one_flags_it_for_editors(
    post, smtp_down, settings, operator
):
    settings.GUIDE = {**settings.GUIDE, "ENQUIRY_EMAIL_MAX_ATTEMPTS": 3}
    post()
    enquiry = Enquiry.objects.get()
    waits = []
    for _ in range(2):
        make_due(enquiry)
        run()
        enquiry.refresh_from_db()
        if enquiry.next_attempt_at:
            waits.append(enquiry.next_attempt_at - timezone.now())
    assert enquiry.notify_attempts == 3
    assert enquiry.next_attempt_at is None
    assert enquiry.delivery == Delivery.FAILED
    assert len(waits) == 1 and waits[0] > timedelta(minutes=1)
    make_due(enquiry)
    assert run() == ""  # given up: left to the editors

    smtp_down.EMAIL_BACKEND = LOCMEM
    assert run("send_enquiry_emails", "--retry-failed").startswith(
        "1 enquiries given up on are due again."
    )
    enquiry.refresh_from_db()
    assert enquiry.delivery == Delivery.SENT


def test_an_enquiry_the_task_never_sent_goes_out_with_the_scheduler(client, operator):
    import json

    from .conftest import URL, form_data

    # Without the on-commit callbacks run, the task is never queued: a worker that is down.
    client.post(URL, json.dumps(form_data()), content_type="application/json")
    enquiry = Enquiry.objects.get()
    assert enquiry.notify_attempts == 0 and enquiry.notified_at is None
    make_due(enquiry)
    call_command("run_scheduler", "--once")
    enquiry.refresh_from_db()
    assert enquiry.notified_at is not None
    assert len(mail.outbox) == 1


def test_no_recipient_is_recorded_as_the_reason(post):
    post()
    enquiry = Enquiry.objects.get()
    assert enquiry.notified_at is None
    assert "No one to send enquiries to" in enquiry.last_error
