import json

from django.core.management.base import BaseCommand, CommandError

from guide.facts.report import describe, where
from guide.facts.site import check_site
from guide.facts.store import key, title


class Command(BaseCommand):
    help = (
        "Report every sentence whose number disagrees with a typed fact, across live pages "
        "(their latest revisions) and snippets; exits 1 when there is any. Also refreshes the "
        "findings the admin shows."
    )

    def add_arguments(self, parser):
        parser.add_argument("--json", action="store_true", help="Print JSON for machines.")

    def handle(self, *args, **options):
        results = check_site()
        count = sum(len(found) for _, found in results)
        if options["json"]:
            self.stdout.write(
                json.dumps(self.as_json(results, count), indent=2, ensure_ascii=False)
            )
        else:
            self.write_text(results, count)
        if count:
            raise CommandError(
                f"{count} contradiction{'s' if count != 1 else ''} found.", returncode=1
            )

    def as_json(self, results, count: int) -> dict:
        findings = []
        for obj, found in results:
            content_type, object_id = key(obj)
            where_ = {
                "type": f"{content_type.app_label}.{content_type.model}",
                "id": object_id,
                "title": title(obj),
            }
            findings.extend({"object": where_, **finding.as_dict()} for finding in found)
        return {"count": count, "findings": findings}

    def write_text(self, results, count: int) -> None:
        for obj, found in results:
            content_type, object_id = key(obj)
            self.stdout.write(
                f"{title(obj)} ({content_type.app_label}.{content_type.model} {object_id})"
            )
            for finding in found:
                self.stdout.write(f"  {where(finding)}: {describe(finding)}")
        self.stdout.write(f"{count} contradiction{'s' if count != 1 else ''}.")
