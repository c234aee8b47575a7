"""Runs Wagtail's `publish_scheduled` every minute, so that scheduled publishing and expiry
happen by themselves: `make run` starts it beside the web server; a deployment runs it as a
service (or `publish_scheduled` from a timer, see docs/deploy.md).

The API never shows an expired page even before this runs (the public rule reads expire_at);
this makes the pages' state, the admin's listings and the webhook follow. With guide.enquiries
installed, each run also sends the enquiry emails that are due (`send_enquiry_emails`).
"""

import time

from django.apps import apps
from django.core.management import call_command
from django.core.management.base import BaseCommand
from django.db import DatabaseError, close_old_connections


class Command(BaseCommand):
    help = "Publish scheduled pages and unpublish expired ones every --interval seconds."

    def add_arguments(self, parser):
        parser.add_argument("--interval", type=float, default=60, help="Seconds between runs.")
        parser.add_argument("--once", action="store_true", help="Run once and stop.")

    def handle(self, *args, interval: float, once: bool, **options):
        while True:
            try:
                call_command("publish_scheduled", stdout=self.stdout)
            except DatabaseError as error:  # a database restart: try again next time
                self.stderr.write(f"publish_scheduled failed, retrying in {interval:g} s: {error}")
            if apps.is_installed("guide.enquiries"):
                try:
                    call_command("send_enquiry_emails", stdout=self.stdout)
                except DatabaseError as error:
                    self.stderr.write(f"send_enquiry_emails failed, retrying later: {error}")
            if once:
                return
            close_old_connections()  # a broken or old connection is not kept for the next run
            time.sleep(interval)
