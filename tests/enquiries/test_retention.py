"""Enquiries are personal data: deleted once older than GUIDE["ENQUIRY_RETENTION_DAYS"]."""

from datetime import timedelta
from io import StringIO

import pytest
from django.core.management import call_command
from django.utils import timezone

from guide.enquiries.models import Enquiry, EnquiryStatus

pytestmark = pytest.mark.django_db


def enquiry(days_old: int, status=EnquiryStatus.NEW) -> Enquiry:
    return Enquiry.objects.create(
        name=f"Visitor {days_old}",
        email="v@example.org",
        party_size=1,
        message="Hello",
        consent=True,
        status=status,
        created_at=timezone.now() - timedelta(days=days_old),
    )


def run(*args) -> str:
    out = StringIO()
    call_command("delete_old_enquiries", *args, stdout=out)
    return out.getvalue().strip()


@pytest.fixture
def enquiries():
    return [
        enquiry(400, EnquiryStatus.CLOSED),
        enquiry(380, EnquiryStatus.CLOSED),
        enquiry(366, EnquiryStatus.NEW),
        enquiry(364),
        enquiry(3),
    ]


def test_a_dry_run_counts_and_deletes_nothing(enquiries):
    output = run("--dry-run")
    assert output.startswith("Would delete 3 enquiries received before ")
    assert output.endswith("(older than 365 days): 1 new, 2 closed.")
    assert Enquiry.objects.count() == 5


def test_enquiries_past_the_retention_are_deleted(enquiries):
    assert run().startswith("Deleted 3 enquiries")
    assert sorted(Enquiry.objects.values_list("name", flat=True)) == ["Visitor 3", "Visitor 364"]
    assert run().startswith("Deleted 0 enquiries")


def test_the_retention_follows_the_setting(enquiries, settings):
    settings.GUIDE = {**settings.GUIDE, "ENQUIRY_RETENTION_DAYS": 30}
    assert run().startswith("Deleted 4 enquiries")
    assert list(Enquiry.objects.values_list("name", flat=True)) == ["Visitor 3"]
