"""The place chooser: the kind filter, rows with elevation and aliases, and the Create tab."""

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth.models import Permission
from django.urls import reverse

from guide.places.models import Place, PlaceKind

CHOOSER = "wagtailsnippetchoosers_guide_places_place"


def chooser_html(client, url_name="choose", **params) -> str:
    response = client.get(reverse(f"{CHOOSER}:{url_name}"), params)
    assert response.status_code == 200
    return response.json()["html"] if url_name == "choose" else response.content.decode()


def listed_names(html: str) -> list[str]:
    soup = BeautifulSoup(html, "html.parser")
    return [link.get_text(strip=True) for link in soup.select("a[data-chooser-modal-choice]")]


def new_place(**fields) -> dict:
    """The Create tab's form data (its fields are prefixed)."""
    data = {
        "name": "Cancha Cancha",
        "kind": PlaceKind.VILLAGE,
        "elevation_m": "3900",
        "elevation_precision": "approximate",
        "elevation_margin_m": "50",
        "latitude": "-13.22",
        "longitude": "-72.05",
        "coordinates_precision": "exact",
        "coordinates_margin_m": "",
        "aliases": "Canchacancha",
        **fields,
    }
    return {f"new-place-{name}": value for name, value in data.items()}


def create(client, **fields):
    response = client.post(reverse(f"{CHOOSER}:create"), new_place(**fields))
    assert response.status_code == 200
    return response.json()


@pytest.mark.django_db
def test_the_chooser_lists_every_place_with_kind_elevation_and_aliases(admin_client, places):
    html = chooser_html(admin_client)

    assert len(listed_names(html)) == len(places)
    row = BeautifulSoup(html, "html.parser").find(
        "a", string=lambda text: text and "Ipsaycocha pass" in text
    )
    cells = [cell.get_text(" ", strip=True) for cell in row.find_parent("tr").find_all("td")]
    assert "Mountain pass" in cells
    assert "4,450 m" in cells
    assert "Ipsay, Ipsayccasa" in cells


@pytest.mark.django_db
def test_the_kind_filter_narrows_the_places(admin_client, places):
    html = chooser_html(admin_client, "choose_results", kind=PlaceKind.TOWN)
    assert listed_names(html) == ["Aguas Calientes (2,040 m)", "Ollantaytambo (2,792 m)"]


@pytest.mark.django_db
def test_the_kind_filter_and_a_search_combine(admin_client, places):
    html = chooser_html(admin_client, "choose_results", kind=PlaceKind.LAKE, q="Ipsay")
    assert listed_names(html) == ["Ipsaycocha lake (4,250 m)"]


@pytest.mark.django_db
def test_the_chooser_has_a_create_tab(admin_client, places):
    html = chooser_html(admin_client)
    assert "Create and publish" in html
    assert 'name="new-place-aliases"' in html


@pytest.mark.django_db
def test_creating_a_place_publishes_it_and_chooses_it(admin_client, admin_user, places):
    data = create(admin_client)

    place = Place.objects.get(name="Cancha Cancha")
    assert data["step"] == "chosen"
    assert data["result"]["id"] == str(place.pk)
    assert data["result"]["string"] == "Cancha Cancha (3,900 m)"
    assert place.live
    assert place.live_revision is not None
    assert place.live_revision.user == admin_user
    assert place.alias_list == ["Canchacancha"]


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("fields", "message"),
    [
        (
            {"name": "ipsaycocha Páss"},
            "“ipsaycocha Páss” is already the name of Ipsaycocha pass (4,450 m). "
            "Edit that place, or give this one another name.",
        ),
        (
            {"aliases": "Ipsay"},
            "“Ipsay” is already an alias of Ipsaycocha pass (4,450 m). "
            "Edit that place, or give this one another name.",
        ),
    ],
)
def test_a_name_or_alias_of_another_place_is_refused(admin_client, places, fields, message):
    count_before = Place.objects.count()

    data = create(admin_client, **fields)

    assert data["step"] == "reshow_creation_form"
    assert message in data["htmlFragment"]
    assert Place.objects.count() == count_before


@pytest.mark.django_db
def test_the_places_own_rules_apply_in_the_modal(admin_client, places):
    data = create(admin_client, elevation_margin_m="")
    assert data["step"] == "reshow_creation_form"
    assert "Say how far off the elevation may be (± metres)." in data["htmlFragment"]
    assert not Place.objects.filter(name="Cancha Cancha").exists()


@pytest.fixture
def editor_without_publish(django_user_model):
    """An editor who may add and change places but not publish them."""
    user = django_user_model.objects.create_user("drafter", password="x")
    user.user_permissions.add(
        Permission.objects.get(codename="access_admin"),
        *Permission.objects.filter(
            content_type__app_label="guide_places", codename__in=["add_place", "change_place"]
        ),
    )
    return user


@pytest.mark.django_db
def test_an_editor_who_cannot_publish_places_gets_no_create_tab(
    client, editor_without_publish, places
):
    client.force_login(editor_without_publish)

    assert "Create and publish" not in chooser_html(client)
    response = client.post(reverse(f"{CHOOSER}:create"), new_place())
    assert response.status_code == 302  # Wagtail's admin answers PermissionDenied so
    assert not Place.objects.filter(name="Cancha Cancha").exists()
