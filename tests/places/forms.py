"""The data the Wagtail admin posts for a place, as an editor would fill the form."""

from wagtail.test.utils.form_data import inline_formset, nested_form_data

from guide.places.models import PlaceKind


def place_form_data(sources=(), **fields) -> dict:
    return nested_form_data(
        {
            "name": "",
            "slug": "",
            "kind": PlaceKind.PASS,
            "elevation_m": "4420",
            "elevation_precision": "exact",
            "elevation_margin_m": "",
            "latitude": "-13.18",
            "longitude": "-72.14",
            "coordinates_precision": "exact",
            "coordinates_margin_m": "",
            "source_note": "",
            "aliases": "",
            "description": "",
            "sources": inline_formset(list(sources)),
            **fields,
        }
    )
