"""python manage.py load_demo_guide: builds (or completes) the demo Lares trek guide."""

from django.core.management.base import BaseCommand

from guide.core import revalidation
from guide.demo.builders import build_demo_guide


class Command(BaseCommand):
    help = (
        "Builds the demo Lares trek guide: places, FAQs, generated pictures, the page tree, "
        "operator settings and an admin user. Safe to run again: existing content is kept "
        "and nothing is duplicated."
    )

    def handle(self, *args, **options):
        with revalidation.suspended():  # the frontend is (re)built after loading anyway
            build_demo_guide(self.stdout.write)
        self.stdout.write(self.style.SUCCESS("Demo guide ready."))
