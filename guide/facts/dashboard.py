"""Dashboard panels of facts in doubt: text that contradicts a typed fact, and places whose
sources have not been checked for GUIDE["SOURCE_CHECK_MONTHS"] months."""

from calendar import monthrange
from datetime import date

from django.apps import apps
from django.db.models import Count, Max, Min, Prefetch
from django.urls import reverse
from django.utils import timezone

from guide.core.conf import guide_settings
from guide.core.dashboard import (
    AttentionPanel,
    Row,
    Section,
    edit_url,
    first_rows,
    plural,
    when,
)
from guide.places.models import Place, PlaceSource

from .models import Finding


def model_or_none(app_label: str, model_name: str):
    try:
        return apps.get_model(app_label, model_name)
    except LookupError:  # findings kept from a model since removed
        return None


class ContradictionsPanel(AttentionPanel):
    name = "guide_fact_findings"
    heading = "Text that contradicts the facts"
    order = 230  # after the moderation Wagtail asks for, before the editor's recent edits

    def sections(self) -> list[Section]:
        objects, total = first_rows(
            Finding.objects.values("content_type__app_label", "content_type__model", "object_id")
            .annotate(count=Count("pk"), first_id=Min("pk"), title=Max("object_title"))
            .order_by("title", "object_id")
        )
        first_findings = Finding.objects.in_bulk([found["first_id"] for found in objects])
        rows = []
        for found in objects:
            first = first_findings[found["first_id"]]
            model = model_or_none(found["content_type__app_label"], found["content_type__model"])
            rows.append(
                Row(
                    found["title"],
                    edit_url(model, found["object_id"]),
                    f"{plural(found['count'], 'finding')}: {first.subject} stated "
                    f"{first.stated} / recorded {first.recorded}",
                )
            )
        return [
            Section(
                rows,
                total,
                all_url=reverse("guide_facts_findings"),
                all_label="All findings (JSON)",
            )
        ]


def months_before(day: date, months: int) -> date:
    """The same day of the month `months` earlier (or that month's last day)."""
    year, month_index = divmod(day.year * 12 + day.month - 1 - months, 12)
    month = month_index + 1
    return date(year, month, min(day.day, monthrange(year, month)[1]))


class StaleSourcesPanel(AttentionPanel):
    name = "guide_stale_sources"
    order = 240

    @property
    def heading(self) -> str:
        return f"Sources not checked for {plural(guide_settings.SOURCE_CHECK_MONTHS, 'month')}"

    def sections(self) -> list[Section]:
        due = months_before(timezone.localdate(), guide_settings.SOURCE_CHECK_MONTHS)
        stale_sources = PlaceSource.objects.filter(checked_on__lt=due).order_by(
            "checked_on", "sort_order"
        )
        places, total = first_rows(
            Place.objects.annotate(oldest_check=Min("sources__checked_on"))
            .filter(oldest_check__lt=due)
            .order_by("oldest_check", "name")
            .prefetch_related(Prefetch("sources", stale_sources, to_attr="stale_sources"))
        )
        rows = []
        for place in places:
            oldest, *others = place.stale_sources
            also = f" (and {plural(len(others), 'other source')})" if others else ""
            rows.append(
                Row(
                    place.name,
                    edit_url(Place, place.pk),
                    f"{oldest.title}: last checked {when(oldest.checked_on)}{also}",
                )
            )
        return [Section(rows, total)]
