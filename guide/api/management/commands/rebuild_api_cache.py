"""manage.py rebuild_api_cache: render the stored API JSON of every public page again."""

import sys

from django.core.management.base import BaseCommand
from wagtail.models import Page

from guide.api.models import StoredPage
from guide.api.store import response_cache
from guide.api.store.render import render_pages


class Command(BaseCommand):
    help = "Render the API JSON of every page again and store it; drop rows of hidden pages."

    def handle(self, *args, **options):
        page_ids = set(Page.objects.filter(depth__gt=1).values_list("pk", flat=True))
        total, done = len(page_ids), 0
        interactive = sys.stdout.isatty()

        def progress(count):
            nonlocal done
            done += count
            bar = "#" * (30 * done // max(total, 1))
            line = f"[{bar:<30}] {done}/{total} pages"
            if interactive:
                self.stdout.write("\r" + line, ending="")
            elif done == total or done % 500 < count:
                self.stdout.write(line)

        rows = render_pages(page_ids, progress=progress)
        StoredPage.objects.exclude(page_id__in=[row.page_id for row in rows]).delete()
        response_cache.clear()
        if interactive:
            self.stdout.write("")
        self.stdout.write(self.style.SUCCESS(f"Stored the API JSON of {len(rows)} public pages."))
