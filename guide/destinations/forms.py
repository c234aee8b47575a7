from django.core.exceptions import ValidationError

from guide.core.pages import GuidePageForm
from guide.core.season_presets import SeasonCalendarFormMixin


class DestinationPageForm(SeasonCalendarFormMixin, GuidePageForm):
    """Also refuses a month, community or water component named twice, and opening months
    on a destination marked open all year; fills the season calendar in one action."""

    distinct_items = {
        **GuidePageForm.distinct_items,
        "opening_months": ("month", "the opening months"),
        "nearby_communities": ("community", "the nearby communities"),
        "water_components": ("name", "the water composition"),
    }

    def clean(self):
        cleaned_data = super().clean()
        months = self.formsets.get("opening_months")
        if cleaned_data.get("open_all_year") and months is not None and kept_forms(months):
            self.add_error(
                "open_all_year",
                ValidationError(
                    "A destination open all year has no opening months: untick this or remove "
                    "the months."
                ),
            )
        return cleaned_data


def kept_forms(formset) -> list:
    """The forms of ``formset`` that will be saved (filled in and not marked for deletion)."""
    formset.is_valid()
    return [
        form for form in formset.forms if form.cleaned_data and not form.cleaned_data.get("DELETE")
    ]
