"""Deletes enquiries older than GUIDE["ENQUIRY_RETENTION_DAYS"]: personal data is kept only as
long as it is needed. Run it daily (cron, a systemd timer)."""

from datetime import timedelta

from django.core.management.base import BaseCommand
from django.db.models import Count
from django.utils import timezone

from guide.core.conf import guide_settings
from guide.enquiries.models import Enquiry, EnquiryStatus


class Command(BaseCommand):
    help = "Delete enquiries received more than GUIDE['ENQUIRY_RETENTION_DAYS'] days ago."

    def add_arguments(self, parser):
        parser.add_argument(
            "--dry-run", action="store_true", help="Print what would be deleted; delete nothing."
        )

    def handle(self, *args, dry_run: bool, **options):
        days = guide_settings.ENQUIRY_RETENTION_DAYS
        cutoff = timezone.now() - timedelta(days=days)
        old = Enquiry.objects.filter(created_at__lt=cutoff)
        by_status = dict(old.order_by().values_list("status").annotate(n=Count("pk")))
        total = sum(by_status.values())
        labels = dict(EnquiryStatus.choices)
        detail = ", ".join(
            f"{by_status[status]} {labels[status].lower()}"
            for status in EnquiryStatus.values
            if by_status.get(status)
        )
        verb = "Would delete" if dry_run else "Deleted"
        if not dry_run and total:
            old.delete()
        self.stdout.write(
            f"{verb} {total} enquir{'y' if total == 1 else 'ies'} received before "
            f"{cutoff:%Y-%m-%d} (older than {days} days)" + (f": {detail}." if detail else ".")
        )
