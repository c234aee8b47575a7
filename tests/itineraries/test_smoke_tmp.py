from django.urls import reverse
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield


def test_smoke(admin_client, itinerary_index, places):
    url = reverse("wagtailadmin_pages:add", args=["itineraries", "itinerarypage", itinerary_index.pk])
    r = admin_client.get(url)
    from wagtail.test.utils.form_data import querydict_from_html
    qd = querydict_from_html(r.content.decode(), form_id="page-edit-form")
    for k in sorted(qd.keys()):
        if "__prefix__" not in k:
            print(k, repr(qd.getlist(k))[:80])
