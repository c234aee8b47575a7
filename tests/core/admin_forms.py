"""Helpers for posting the Wagtail page editor's forms from tests."""

from django.urls import reverse
from wagtail.fields import StreamField
from wagtail.test.utils import WagtailTestUtils
from wagtail.test.utils.form_data import nested_form_data, querydict_from_html, streamfield


def edit_url(page):
    return reverse("wagtailadmin_pages:edit", args=[page.pk])


def add_url(model, parent):
    return reverse(
        "wagtailadmin_pages:add", args=[model._meta.app_label, model._meta.model_name, parent.pk]
    )


def edit_form_data(client, page):
    """The data the page editor would post for ``page`` unchanged, read from its edit form.

    Two gaps of ``querydict_from_html`` are filled: ticked checkboxes without a value attribute
    post "on", and StreamFields (drawn by JavaScript) are posted from the page's own values
    (blocks with plain values only, which is what the test pages hold).
    """
    response = client.get(edit_url(page))
    assert response.status_code == 200
    html = response.content.decode()
    data = querydict_from_html(html, form_id="page-edit-form")
    form = WagtailTestUtils.get_soup(html).find("form", attrs={"id": "page-edit-form"})
    for box in form.find_all("input", type="checkbox", checked=True):
        if box.get("name") and "value" not in box.attrs:
            data.setlist(box["name"], ["on"])
    for key in [key for key in data if "__prefix__" in key]:
        del data[key]
    specific = page.specific
    for field in type(specific)._meta.get_fields():
        if isinstance(field, StreamField):
            value = getattr(specific, field.name)
            items = [(child.block_type, child.block.get_prep_value(child.value)) for child in value]
            for key, item in nested_form_data({field.name: streamfield(items)}).items():
                data[key] = item
    return data
