"""Filling a page's season calendar in one action: from a preset of GUIDE["SEASON_PRESETS"], or
copied from another page's calendar. Either replaces the calendar's months when the page is
saved, previewed or published.

A preset is ``key -> {"label": ..., "months": {month: rating}, "notes": {month: note}}``, months
1-12, ratings the values of SeasonRating; "notes" is optional, and months left out stay out.
"""

from django import forms
from django.core.exceptions import ImproperlyConfigured
from modelcluster.models import get_all_child_relations
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.admin.widgets import AdminPageChooser
from wagtail.models import Page, get_page_models

from .choices import SeasonRating
from .conf import guide_settings
from .on_save_fields import act_on_save, on_save_media
from .pages import SeasonMonth

CALENDAR = "season_months"

# (month, rating, note), in calendar order.
CalendarRows = list[tuple[int, str, str]]


def season_presets() -> dict[str, dict]:
    """GUIDE["SEASON_PRESETS"], checked: a preset naming a month or rating that does not exist
    stops the editor with the reason rather than filling a wrong calendar."""
    presets = guide_settings.SEASON_PRESETS
    for key, preset in presets.items():
        where = f'GUIDE["SEASON_PRESETS"]["{key}"]'
        if not preset.get("label"):
            raise ImproperlyConfigured(f"{where} needs a label.")
        for month, rating in preset.get("months", {}).items():
            if int(month) not in range(1, 13):
                raise ImproperlyConfigured(f"{where} names month {month}; months are 1-12.")
            if rating not in SeasonRating.values:
                raise ImproperlyConfigured(
                    f"{where} rates month {month} {rating!r}; ratings are "
                    f"{', '.join(SeasonRating.values)}."
                )
    return presets


def preset_rows(key: str) -> CalendarRows:
    preset = season_presets()[key]
    notes = {int(month): note for month, note in preset.get("notes", {}).items()}
    return sorted(
        (int(month), rating, notes.get(int(month), ""))
        for month, rating in preset["months"].items()
    )


def calendar_rows(page: Page) -> CalendarRows:
    """The calendar of ``page`` as its editor shows it: from its latest revision, drafts too."""
    latest = page.specific.get_latest_revision_as_object()
    return sorted((row.month, row.rating, row.note) for row in getattr(latest, CALENDAR).all())


def season_calendar_models() -> list[type[Page]]:
    """The page types that have a season calendar."""
    return [
        model
        for model in get_page_models()
        if any(
            relation.get_accessor_name() == CALENDAR
            and issubclass(relation.related_model, SeasonMonth)
            for relation in get_all_child_relations(model)
        )
    ]


def season_calendar_fill_panel() -> MultiFieldPanel:
    """The preset and the page to copy from, for the panels above a season calendar (without
    comments: the fields are empty again once saved)."""
    return MultiFieldPanel(
        [
            FieldPanel("season_preset", disable_comments=True),
            FieldPanel("season_copy_from", disable_comments=True),
        ],
        heading="Fill the season calendar",
        help_text="Replaces the months below when you save, preview or publish the page.",
    )


class SeasonCalendarFormMixin(forms.Form):
    """Page form fields that replace the page's season calendar: with a preset, or with the
    calendar of another page. Without presets configured, only the copy is offered."""

    season_preset = forms.ChoiceField(label="Preset", required=False, choices=())
    season_copy_from = forms.ModelChoiceField(
        Page.objects.all(),
        label="Copy from another page",
        required=False,
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        presets = season_presets()
        if presets:
            self.fields["season_preset"].choices = [
                ("", "---------"),
                *((key, preset["label"]) for key, preset in presets.items()),
            ]
            act_on_save(self.fields["season_preset"])
        else:
            del self.fields["season_preset"]
        models = season_calendar_models()
        copy_from = self.fields["season_copy_from"]
        copy_from.queryset = Page.objects.type(*models)
        # Built here: the chooser looks its page types up, which needs the models loaded.
        copy_from.widget = AdminPageChooser(target_models=models)
        act_on_save(copy_from)
        self.season_rows: CalendarRows | None = None

    @property
    def media(self):
        return super().media + on_save_media()

    def clean(self):
        cleaned_data = super().clean()
        preset = cleaned_data.get("season_preset")
        source = cleaned_data.get("season_copy_from")
        if preset and source:
            self.add_error("season_copy_from", "Choose a preset or a page to copy from, not both.")
        elif source is not None:
            self.season_rows = calendar_rows(source)
            if not self.season_rows:
                self.add_error("season_copy_from", f"{source.title} has no season calendar.")
        elif preset:
            self.season_rows = preset_rows(preset)
        return cleaned_data

    def save(self, commit=True):
        page = super().save(commit=False)
        if self.season_rows is not None:
            self._replace_calendar(page, self.season_rows)
        if commit:
            page.save()
            self.save_m2m()
        return page

    def _replace_calendar(self, page: Page, rows: CalendarRows) -> None:
        month_model = self.formsets[CALENDAR].model
        setattr(
            page,
            CALENDAR,
            [
                month_model(
                    month=month,
                    rating=rating,
                    note=note,
                    sort_order=position,
                    locale_id=page.locale_id,
                )
                for position, (month, rating, note) in enumerate(rows)
            ],
        )
