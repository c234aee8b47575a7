"""manage.py export_openapi: write docs/openapi.json from the live v3 API."""

from pathlib import Path

from django.core.management.base import BaseCommand

from guide.api.v3.openapi import DOCUMENT_PATH, write_document


class Command(BaseCommand):
    help = "Write the v3 API's OpenAPI document (Wagtail's and the guide's routes) to a file."

    def add_arguments(self, parser):
        parser.add_argument("--output", type=Path, default=DOCUMENT_PATH)

    def handle(self, *args, output: Path, **options):
        path = write_document(output)
        self.stdout.write(self.style.SUCCESS(f"Wrote {path}"))
