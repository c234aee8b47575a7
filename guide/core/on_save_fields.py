"""Form fields that act once, when the editor saves or publishes (copy these days, fill the
calendar): Wagtail's autosave leaves them out, so that nothing is applied half-typed in the
background and the fields stay filled in until the editor saves."""

from django import forms
from django.template.loader import render_to_string

ATTRIBUTE = "data-guide-on-save"


def act_on_save(field: forms.Field) -> None:
    """Marks ``field``'s input for the script that keeps it out of autosaves."""
    field.widget.attrs[ATTRIBUTE] = ""


def on_save_media() -> forms.Media:
    """The script, inline: a few lines every editor with such fields needs. Forms adding it
    more than once still get it once (Media drops repeats)."""
    return forms.Media(js=[render_to_string("guide/admin/on_save_fields.html")])
