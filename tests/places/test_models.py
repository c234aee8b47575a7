from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse
from wagtail.search.backends import get_search_backend

from guide.places.models import Place, PlaceKind
from tests.factories import PlaceFactory
from tests.places.forms import place_form_data


def validation_errors(place):
    with pytest.raises(ValidationError) as excinfo:
        place.full_clean()
    return excinfo.value.message_dict


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("elevation_m", "message"),
    [
        (-431, "Elevation must be at least -430 m (the Dead Sea shore)."),
        (8850, "Elevation must be at most 8,849 m (the summit of Everest)."),
    ],
)
def test_elevation_off_the_planet_is_rejected(elevation_m, message):
    errors = validation_errors(PlaceFactory.build(elevation_m=elevation_m))
    assert errors["elevation_m"] == [message]


@pytest.mark.django_db
@pytest.mark.parametrize("elevation_m", [-430, 0, 4450, 8849])
def test_elevation_within_the_planet_is_accepted(elevation_m):
    place = PlaceFactory.build(name="Somewhere", elevation_m=elevation_m)
    place.full_clean()
    place.save()
    assert Place.objects.get(name="Somewhere").elevation_m == elevation_m


@pytest.mark.django_db
@pytest.mark.parametrize("latitude", ["90.000001", "-91", "123.5"])
def test_latitude_out_of_range_is_rejected(latitude):
    errors = validation_errors(PlaceFactory.build(latitude=Decimal(latitude)))
    assert errors["latitude"] == ["Latitude must be between -90 and 90 degrees."]


@pytest.mark.django_db
@pytest.mark.parametrize("longitude", ["180.5", "-181"])
def test_longitude_out_of_range_is_rejected(longitude):
    errors = validation_errors(PlaceFactory.build(longitude=Decimal(longitude)))
    assert errors["longitude"] == ["Longitude must be between -180 and 180 degrees."]


@pytest.mark.django_db
def test_slug_is_made_from_the_name():
    place = PlaceFactory(name="Ipsaycocha pass")
    assert place.slug == "ipsaycocha-pass"
    assert Place.objects.get(pk=place.pk).slug == "ipsaycocha-pass"


@pytest.mark.django_db
def test_a_slug_given_by_the_editor_is_kept():
    place = PlaceFactory(name="Ipsaycocha pass", slug="ipsay")
    assert place.slug == "ipsay"


@pytest.mark.django_db
def test_two_places_cannot_share_a_name():
    PlaceFactory(name="Patacancha")
    errors = validation_errors(PlaceFactory.build(name="Patacancha", slug="patacancha-2"))
    assert errors["name"] == [
        "“Patacancha” is already the name of Patacancha (3,500 m). Edit that place, or give this "
        "one another name."
    ]


def test_elevation_in_feet_is_derived_from_metres():
    assert Place(elevation_m=4450).elevation_ft == 14600
    assert Place(elevation_m=2792).elevation_ft == 9160
    assert Place(elevation_m=0).elevation_ft == 0


def test_alias_list_splits_and_trims_the_aliases():
    assert Place(aliases=" Ipsay, Ipsayccasa ,, ").alias_list == ["Ipsay", "Ipsayccasa"]
    assert Place(aliases="").alias_list == []


def test_a_place_reads_as_name_and_elevation():
    assert str(Place(name="Ipsaycocha pass", elevation_m=4450)) == "Ipsaycocha pass (4,450 m)"


def search_places(query):
    return list(get_search_backend().search(query, Place))


def test_search_finds_a_place_by_an_alias(places):
    assert search_places("Ipsay") == [places["ipsay_pass"]]
    assert search_places("Ipsayccasa") == [places["ipsay_pass"]]


def test_search_finds_a_place_by_name(places):
    assert places["patacancha"] in search_places("Patacancha")
    assert places["ipsay_pass"] not in search_places("Patacancha")


def test_autocomplete_finds_a_place_from_the_first_letters(places):
    results = list(get_search_backend().autocomplete("Ollant", Place))
    assert results == [places["ollantaytambo"]]


def test_search_index_follows_an_edited_alias(places):
    pass_ = places["ipsay_pass"]
    assert search_places("Ipsaqocha") == []
    pass_.aliases = "Ipsay, Ipsaqocha"
    pass_.save()
    assert search_places("Ipsaqocha") == [pass_]


def test_search_can_filter_by_kind(places):
    results = get_search_backend().search("Ipsaycocha", Place.objects.filter(kind=PlaceKind.LAKE))
    assert list(results) == [places["ipsay_lake"]]


def test_editor_searching_the_places_list_finds_a_place_by_alias(admin_client, places):
    response = admin_client.get(reverse("wagtailsnippets_guide_places_place:list"), {"q": "Ipsay"})
    assert response.status_code == 200
    content = response.content.decode()
    assert "Ipsaycocha pass" in content
    assert "Patacancha" not in content


def test_admin_rejects_an_elevation_above_everest_with_a_clear_message(admin_client, db):
    response = add_place(admin_client, name="Typo peak", kind=PlaceKind.PEAK, elevation_m="44500")
    assert response.status_code == 200
    assert "Elevation must be at most 8,849 m (the summit of Everest)." in response.content.decode()
    assert not Place.objects.filter(name="Typo peak").exists()


def test_admin_creates_a_place_with_its_slug(admin_client, db):
    response = add_place(
        admin_client,
        name="Cuncani",
        kind=PlaceKind.VILLAGE,
        elevation_m="3750",
        latitude="-13.15",
        longitude="-72.05",
        aliases="Kunkani",
    )
    assert response.status_code == 302
    place = Place.objects.get(name="Cuncani")
    assert (place.slug, place.elevation_ft) == ("cuncani", 12303)


@pytest.mark.django_db
def test_pages_are_found_by_a_new_alias_of_their_place(destination):
    from guide.destinations.models import DestinationPage

    place = destination.place
    place.aliases = "Qoñi unu"
    place.save()
    found = get_search_backend().search("Qoñi", DestinationPage)
    assert [page.pk for page in found] == [destination.pk]


def add_place(admin_client, **fields):
    return admin_client.post(
        reverse("wagtailsnippets_guide_places_place:add"), place_form_data(**fields)
    )


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({"name": "Ipsayccasa"}, "“Ipsayccasa” is already an alias of Ipsaycocha pass (4,450 m)"),
        ({"name": "IPSAYCCÁSA"}, "“IPSAYCCÁSA” is already an alias of Ipsaycocha pass"),
        ({"name": "ipsaycocha  Pass"}, "is already the name of Ipsaycocha pass"),
        (
            {"name": "Abra Ipsay", "aliases": "Huacahuasi, Ipsay"},
            "“Huacahuasi” is already the name of Huacahuasi",
        ),
    ],
)
def test_a_place_named_like_another_is_refused_naming_it(admin_client, places, fields, message):
    response = add_place(admin_client, **fields)
    assert response.status_code == 200
    assert message in response.content.decode()
    assert Place.objects.count() == len(places)


def test_a_place_keeps_its_own_names_when_edited(places):
    place = places["ipsay_pass"]
    place.aliases = "Ipsay, Ipsayccasa, Abra Ipsay"
    place.full_clean()


def test_a_new_name_of_its_own_is_accepted(admin_client, places):
    assert add_place(admin_client, name="Condor pass", aliases="Abra Condor").status_code == 302
