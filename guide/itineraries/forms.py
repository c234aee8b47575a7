"""The itinerary's page form: besides the guide's checks, it copies days from any itinerary and
reverses the route, on saving, previewing or publishing, so the result is an ordinary draft or
revision of the page."""

from django import forms
from django.core.exceptions import ValidationError
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.admin.widgets import AdminPageChooser
from wagtail.models import Page

from guide.core.on_save_fields import act_on_save
from guide.core.pages import GuidePageForm
from guide.core.season_presets import SeasonCalendarFormMixin

from .copying import copy_day, parse_day_numbers, reversed_route

NO_DAYS = (
    "An itinerary needs at least one day to be published: add a day, or copy days from "
    "another itinerary."
)
TOOLS = ("copy_days_from", "copy_day_numbers", "copy_reversed", "reverse_days")


def copy_days_panels() -> list:
    """The panels above the days: copy days from an itinerary, and reverse the route. Nothing
    to comment on: the fields are empty again once saved."""
    return [
        MultiFieldPanel(
            [
                FieldPanel("copy_days_from", disable_comments=True),
                FieldRowPanel(
                    [
                        FieldPanel("copy_day_numbers", disable_comments=True),
                        FieldPanel("copy_reversed", disable_comments=True),
                    ]
                ),
            ],
            heading="Copy days",
            help_text="Adds the days after this itinerary's own when you save, preview or "
            "publish the page.",
        ),
        FieldPanel("reverse_days", disable_comments=True),
    ]


class ItineraryPageForm(SeasonCalendarFormMixin, GuidePageForm):
    """The fields of copy_days_panels(), applied to the page's days in memory on save."""

    copy_days_from = forms.ModelChoiceField(
        Page.objects.all(),
        label="Itinerary to copy from",
        required=False,
        help_text="Any itinerary, this one too (to repeat a day). Its latest draft counts.",
    )
    copy_day_numbers = forms.CharField(
        label="Days",
        required=False,
        max_length=100,
        help_text='Such as "1-3", "2" or "1,3". Leave empty for every day.',
    )
    copy_reversed = forms.BooleanField(label="Reverse: walk them the other way", required=False)
    reverse_days = forms.BooleanField(
        label="Reverse the days of this itinerary",
        required=False,
        help_text="For the return direction: the last day comes first and each day runs from "
        "its end to its start, with its places passed and transport the other way round.",
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        itinerary_type = self._meta.model
        source = self.fields["copy_days_from"]
        source.queryset = Page.objects.type(itinerary_type)
        # Built here: the chooser looks its page type up, which needs the models loaded.
        source.widget = AdminPageChooser(target_models=[itinerary_type])
        for name in TOOLS:
            act_on_save(self.fields[name])
        self.copy_numbers: list[int] = []
        self.source_days: list | None = None  # None: this page's own days, as posted

    def clean(self):
        cleaned_data = super().clean()
        source = cleaned_data.get("copy_days_from")
        if source is not None:
            self._check_day_numbers(source, cleaned_data.get("copy_day_numbers", ""))
        elif cleaned_data.get("copy_day_numbers") or cleaned_data.get("copy_reversed"):
            self.add_error("copy_days_from", "Choose the itinerary to copy the days from.")
        if not self.is_deferred_validation and not self._own_day_count() + len(self.copy_numbers):
            # Publishing needs a day; a draft may have none yet (Wagtail defers what is
            # required until publishing).
            self.add_error(None, NO_DAYS)
        return cleaned_data

    def _check_day_numbers(self, source: Page, text: str) -> None:
        if self._is_this_page(source):
            day_count = self._own_day_count()
        else:
            self.source_days = self._days_of(source)
            day_count = len(self.source_days)
        if not day_count:
            self.add_error("copy_days_from", f"{source.title} has no days to copy.")
            return
        try:
            self.copy_numbers = parse_day_numbers(text, day_count)
        except ValidationError as error:
            self.add_error("copy_day_numbers", error)

    def _own_day_count(self) -> int:
        days = self.formsets["days"]
        days.is_valid()
        return sum(
            1 for form in days.forms if form.cleaned_data and not form.cleaned_data.get("DELETE")
        )

    def _is_this_page(self, page: Page) -> bool:
        return self.instance.pk is not None and page.pk == self.instance.pk

    @staticmethod
    def _days_of(page: Page) -> list:
        """The days of ``page`` as its editor shows them: from its latest revision."""
        return list(page.specific.get_latest_revision_as_object().days.all())

    def save(self, commit=True):
        page = super().save(commit=False)
        own_days = list(page.days.all())
        copies = self._copies(own_days)
        if self.cleaned_data.get("reverse_days"):
            own_days = reversed_route(own_days)
        if copies or self.cleaned_data.get("reverse_days"):
            for position, day in enumerate([*own_days, *copies]):
                day.sort_order = position
            page.days = [*own_days, *copies]
        if commit:
            page.save()
            self.save_m2m()
        return page

    def _copies(self, own_days: list) -> list:
        """Copies of the chosen days, in this page's language, taken before this page's own
        days are reversed."""
        source = self.cleaned_data.get("copy_days_from")
        if source is None:
            return []
        days = own_days if self.source_days is None else self.source_days
        copies = [copy_day(days[number - 1]) for number in self.copy_numbers]
        if self.cleaned_data.get("copy_reversed"):
            copies = reversed_route(copies)
        for copy in copies:
            copy.locale_id = self.instance.locale_id
        return copies
