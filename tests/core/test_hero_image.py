"""Hero images: the page editor refuses one that is too narrow or has no alt text (unless it is
marked decorative), the API gives a decorative one an empty alt, and the chooser shows the alt
text."""

from io import BytesIO

import PIL.Image
import pytest
from bs4 import BeautifulSoup
from django.core.files.images import ImageFile
from django.urls import reverse
from wagtail.images import get_image_model

from guide.core.conf import guide_settings
from guide.demo.content.pictures import PICTURES
from guide.demo.images import WIDTH as DEMO_PICTURE_WIDTH

from .admin_forms import edit_form_data, edit_url

TOO_NARROW = "This image is 800 px wide; a hero image must be at least 1,600 px wide."
NO_ALT_TEXT = (
    "This image has no alt text. Give it a description (the alt text), or tick Decorative if "
    "it carries no information."
)


def make_image(width: int, description: str = "Snow peaks above a blue lake"):
    buffer = BytesIO()
    PIL.Image.new("RGB", (width, 100), (70, 140, 170)).save(buffer, "JPEG")
    return get_image_model().objects.create(
        title="Lake below the pass",
        description=description,
        file=ImageFile(buffer, name="lake.jpg"),
        width=width,
        height=100,
    )


def post_hero_image(client, page, image, *, decorative=False, action="action-publish"):
    """Posts the page editor's form with ``image`` as the hero image: publishing by default,
    saving a draft with ``action=None``."""
    data = edit_form_data(client, page)
    data["hero_image"] = str(image.pk)
    data.pop("hero_image_decorative", None)
    if decorative:
        data["hero_image_decorative"] = "on"
    if action:
        data[action] = action
    return client.post(edit_url(page), data)


def alt_text_note(html: str):
    return BeautifulSoup(html, "html.parser").find(id="id_hero_image-alt-text")


def hero_image_errors(response) -> list[str]:
    assert response.status_code == 200  # the editor is shown again, with the errors
    return response.context["form"].errors["hero_image"]


@pytest.mark.django_db
@pytest.mark.parametrize("action", ["action-publish", None])
def test_a_narrow_image_is_refused_and_nothing_is_saved(admin_client, destination, action):
    revisions_before = destination.revisions.count()

    response = post_hero_image(admin_client, destination, make_image(800), action=action)

    assert hero_image_errors(response) == [TOO_NARROW]
    assert destination.revisions.count() == revisions_before
    destination.refresh_from_db()
    assert destination.hero_image is None


@pytest.mark.django_db
@pytest.mark.parametrize("action", ["action-publish", None])
def test_an_image_without_alt_text_is_refused(admin_client, lares_trek, action):
    revisions_before = lares_trek.revisions.count()

    response = post_hero_image(
        admin_client, lares_trek, make_image(1600, description=""), action=action
    )

    assert hero_image_errors(response) == [NO_ALT_TEXT]
    assert lares_trek.revisions.count() == revisions_before


@pytest.mark.django_db
def test_an_image_failing_both_rules_names_both(admin_client, community):
    response = post_hero_image(admin_client, community, make_image(800, description=" "))
    assert hero_image_errors(response) == [TOO_NARROW, NO_ALT_TEXT]


@pytest.mark.django_db
def test_the_home_page_checks_its_hero_image_too(admin_client, home):
    response = post_hero_image(admin_client, home, make_image(800))
    assert hero_image_errors(response) == [TOO_NARROW]


@pytest.mark.django_db
def test_a_decorative_image_needs_no_alt_text_and_the_api_gives_it_none(
    admin_client, client, destination
):
    response = post_hero_image(
        admin_client, destination, make_image(1600, description=""), decorative=True
    )

    assert response.status_code == 302
    destination.refresh_from_db()
    assert destination.hero_image_decorative
    data = client.get(f"/api/v3/guide/destinations/{destination.pk}/").json()
    assert data["hero_image"]["alt"] == ""


@pytest.mark.django_db
def test_a_decorative_image_with_a_description_still_has_no_alt_in_the_api(
    admin_client, client, destination
):
    post_hero_image(admin_client, destination, make_image(1600), decorative=True)
    data = client.get(f"/api/v3/guide/destinations/{destination.pk}/").json()
    assert data["hero_image"]["alt"] == ""


@pytest.mark.django_db
@pytest.mark.parametrize("action", ["action-publish", None])
def test_a_wide_described_image_is_accepted(admin_client, client, lares_trek, action):
    image = make_image(1600)

    response = post_hero_image(admin_client, lares_trek, image, action=action)

    assert response.status_code == 302
    lares_trek.refresh_from_db()
    latest = lares_trek.get_latest_revision_as_object()
    assert latest.hero_image == image
    assert not latest.hero_image_decorative
    if action:
        data = client.get(f"/api/v3/guide/itineraries/{lares_trek.pk}/").json()
        assert data["hero_image"]["alt"] == "Snow peaks above a blue lake"


@pytest.mark.django_db
def test_the_minimum_width_follows_the_largest_srcset_width(admin_client, destination, settings):
    settings.GUIDE = {**settings.GUIDE, "SRCSET_WIDTHS": [480, 960, 1280]}

    assert post_hero_image(admin_client, destination, make_image(1280)).status_code == 302


@pytest.mark.django_db
def test_the_setting_overrides_the_minimum_width(admin_client, destination, settings):
    settings.GUIDE = {**settings.GUIDE, "HERO_IMAGE_MIN_WIDTH": 2000}
    response = post_hero_image(admin_client, destination, make_image(1600))
    assert hero_image_errors(response) == [
        "This image is 1,600 px wide; a hero image must be at least 2,000 px wide."
    ]

    settings.GUIDE = {**settings.GUIDE, "HERO_IMAGE_MIN_WIDTH": 600}
    assert post_hero_image(admin_client, destination, make_image(800)).status_code == 302


@pytest.mark.django_db
def test_the_chooser_shows_the_alt_text_with_a_link_to_edit_it(admin_client, destination):
    image = make_image(1600)
    destination.hero_image = image
    destination.save()

    html = admin_client.get(edit_url(destination)).content.decode()

    note = alt_text_note(html)
    assert note.get_text(" ", strip=True).startswith("Alt text: Snow peaks above a blue lake")
    link = note.find("a")
    assert link["href"] == reverse("wagtailimages:edit", args=[image.pk])
    assert link["target"] == "_blank"
    assert "Landscape, at least 1,600 px wide." in html
    assert 'name="hero_image_decorative"' in html


@pytest.mark.django_db
def test_the_chooser_warns_of_an_image_without_alt_text(admin_client, destination):
    destination.hero_image = make_image(1600, description="")
    destination.save()

    html = admin_client.get(edit_url(destination)).content.decode()

    # The title is not alt text, though Wagtail falls back on it.
    assert alt_text_note(html).get_text(" ", strip=True).startswith("⚠ No alt text")


@pytest.mark.django_db
def test_the_image_choosers_upload_tab_asks_for_the_description(admin_client):
    response = admin_client.get(reverse("wagtailimages_chooser:choose"))
    assert 'name="image-chooser-upload-description"' in response.json()["html"]


def test_the_demo_pictures_fit_as_hero_images():
    assert max(guide_settings.SRCSET_WIDTHS) <= DEMO_PICTURE_WIDTH
    assert all(alt_text.strip() for _title, alt_text, _scene in PICTURES.values())
