"""The Lares demo guide: complete enough to browse, and safe to load twice."""

from io import StringIO

from django.contrib.auth import get_user_model
from django.core.management import call_command
from wagtail.images import get_image_model
from wagtail.models import Page, Revision, Site

from guide.communities.models import CommunityProfilePage
from guide.destinations.models import DestinationPage
from guide.faqs.models import FAQ
from guide.itineraries.acclimatisation import night_findings
from guide.itineraries.models import ItineraryDay, ItineraryPage
from guide.places.models import Place

COUNTED = [Place, FAQ, Page, Revision, ItineraryDay, get_image_model(), get_user_model()]


def counts():
    return {model.__name__: model.objects.count() for model in COUNTED}


def load():
    output = StringIO()
    call_command("load_demo_guide", stdout=output)
    return output.getvalue()


def check_whole_lares_guide():
    itineraries = ItineraryPage.objects.live()
    assert itineraries.count() >= 3
    assert {page.duration_days for page in itineraries} >= {2, 3, 4}
    assert DestinationPage.objects.live().count() >= 4
    assert CommunityProfilePage.objects.live().count() >= 5
    assert FAQ.objects.count() >= 12
    assert Place.objects.count() >= 15
    assert set(CommunityProfilePage.objects.values_list("title", flat=True)) >= {
        "Huacahuasi",
        "Patacancha",
        "Cuncani",
        "Huilloc",
        "Lares",
    }


def check_every_itinerary_reaches_the_ipsaycocha_pass():
    ipsaycocha = Place.objects.get(slug="ipsaycocha-pass")
    assert ipsaycocha.elevation_m == 4450
    # The sources' disagreement is recorded on the one place, each figure with its source.
    assert sorted(source.elevation_m for source in ipsaycocha.sources.all()) == [4400, 4450, 4500]
    assert (ipsaycocha.elevation_precision, ipsaycocha.elevation_margin_m) == ("approximate", 50)
    for itinerary in ItineraryPage.objects.live():
        assert itinerary.max_altitude_m == ipsaycocha.elevation_m
        assert ipsaycocha in itinerary.passes()
        # Starting from a night in Cusco, no night rises faster than acclimatisation advises.
        assert night_findings(itinerary) == []
        days = itinerary.ordered_days()
        assert len(days) == itinerary.duration_days
        for day in days:
            day.full_clean()


def check_pages_validate_and_have_pictures_with_alt_text():
    for model in (ItineraryPage, DestinationPage, CommunityProfilePage):
        for page in model.objects.all():
            page.full_clean()
            assert page.hero_image is not None, page.title
            assert page.hero_image.description, page.title
            assert page.hero_image.file.size > 0


def check_spanish_pages(client):
    """The home, the index pages, the 4-day trek, the hot springs, Huacahuasi and the FAQs are
    in Spanish; the rest is linked at the reader's prefix, where no Spanish page answers."""
    by_path = "/api/v3/guide/pages/by-path/"
    for path in [
        "/es/",
        "/es/preguntas-frecuentes/",
        "/es/destinos/aguas-termales-de-lares/",
        "/es/comunidades/huacahuasi/",
    ]:
        answer = client.get(by_path, {"path": path}).json()
        assert answer.get("locale") == "es", (path, answer)
    trek = client.get(by_path, {"path": "/es/lares/trek-de-4-dias/"}).json()
    assert trek["title"] == "Caminata de Lares en 4 días"
    assert trek["max_altitude"]["m"] == 4450
    assert trek["days"][0]["title"].startswith("De Cusco a Huacahuasi")
    untranslated = [c["path"] for c in trek["communities"] if "/communities/" in c["path"]]
    assert untranslated and all(path.startswith("/es/communities/") for path in untranslated)
    assert client.get(by_path, {"path": untranslated[0]}).status_code == 404
    faqs = client.get("/api/v3/guide/faqs/", {"locale": "es"}).json()
    assert faqs["topics"][0]["faqs"][0]["question"].startswith("¿")


# Each load draws the pictures and builds every page, so the checks share as few loads as they can.


def test_demo_guide_is_complete_and_served(
    db, client, settings, django_capture_on_commit_callbacks
):
    settings.DEBUG = False
    with django_capture_on_commit_callbacks(execute=True):  # translations publish on commit
        load()
    check_whole_lares_guide()
    check_every_itinerary_reaches_the_ipsaycocha_pass()
    check_pages_validate_and_have_pictures_with_alt_text()
    site = Site.objects.get(is_default_site=True)
    assert site.root_page.specific_class.__name__ == "HomePage"
    # Its pages are public: the API serves them, and Django's own URLs send visitors to the
    # visitor site.
    assert client.get("/api/v3/guide/pages/by-path/?path=/lares/trek-4-days/").status_code == 200
    assert client.get("/lares/trek-4-days/")["Location"].endswith("/lares/trek-4-days/")
    check_spanish_pages(client)
    # Without DEBUG the admin never gets the documented development password.
    admin = get_user_model().objects.get(username="admin")
    assert admin.is_superuser
    assert not admin.check_password("lares-admin")


def test_loading_twice_changes_nothing_and_prints_dev_credentials(db, settings):
    settings.DEBUG = True
    first = load()
    assert "user: admin" in first and "password: lares-admin" in first
    assert get_user_model().objects.get(username="admin").check_password("lares-admin")
    before = counts()
    second = load()
    assert counts() == before
    assert "(0 new)" in second
