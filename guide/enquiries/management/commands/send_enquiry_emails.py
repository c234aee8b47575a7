"""Sends the enquiry emails that are due: first attempts the task queue has not made, and
retries after a failure. run_scheduler calls it every minute."""

from django.core.management.base import BaseCommand

from guide.enquiries.delivery import FAILED, GAVE_UP, SENT, retry_failed, send_due


class Command(BaseCommand):
    help = "Send the enquiry emails that are due (new ones the task missed, and retries)."

    def add_arguments(self, parser):
        parser.add_argument(
            "--retry-failed",
            action="store_true",
            help="First make the enquiries given up on due again (after fixing the mail setup).",
        )

    def handle(self, *args, **options):
        if options["retry_failed"]:
            self.stdout.write(f"{retry_failed()} enquiries given up on are due again.")
        outcomes = send_due()
        if outcomes or options["verbosity"] > 1:
            self.stdout.write(
                f"Enquiry emails: {outcomes[SENT]} sent, {outcomes[FAILED]} failed (to be "
                f"retried), {outcomes[GAVE_UP]} given up after the last attempt."
            )
