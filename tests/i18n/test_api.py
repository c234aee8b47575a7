"""Both APIs in several languages: each page says its language and its translations; listings
and details take `locale`; links from a Spanish page stay in Spanish."""

import pytest
from django.urls import reverse

BY_PATH = "/api/v3/guide/pages/by-path/"


def by_path(client, path, **params):
    return client.get(BY_PATH, {"path": path, **params})


@pytest.mark.django_db
def test_the_spanish_trek_says_its_language_and_lists_the_english_original(client, spanish_trek):
    spanish = by_path(client, "/es/itineraries/caminata-de-lares/").json()
    assert spanish["title"] == "Caminata de Lares"
    assert spanish["locale"] == "es"
    assert spanish["translations"] == [
        {"locale": "en", "path": "/itineraries/lares-trek/", "title": "Lares Trek"}
    ]
    english = by_path(client, "/itineraries/lares-trek/").json()
    assert english["locale"] == "en"
    assert english["translations"] == [
        {"locale": "es", "path": "/es/itineraries/caminata-de-lares/", "title": "Caminata de Lares"}
    ]
    # by-path also takes the path without its prefix and the language beside it
    assert (
        by_path(client, "/itineraries/caminata-de-lares/", locale="es").json()["id"]
        == (spanish["id"])
    )


@pytest.mark.django_db
def test_json_ld_names_the_language_of_each_version(client, spanish_trek):
    for path, language in [
        ("/es/itineraries/caminata-de-lares/", "es"),
        ("/itineraries/lares-trek/", "en"),
    ]:
        data = by_path(client, path).json()["structured_data"]
        nodes = data.get("@graph", [data])
        assert nodes and all(node["inLanguage"] == language for node in nodes)


@pytest.mark.django_db
def test_listings_show_one_language_the_default_unless_asked(client, spanish_trek):
    url = "/api/v3/guide/itineraries/"
    english = client.get(url).json()
    assert [item["path"] for item in english["items"]] == ["/itineraries/lares-trek/"]
    spanish = client.get(url, {"locale": "es"}).json()
    assert [item["path"] for item in spanish["items"]] == ["/es/itineraries/caminata-de-lares/"]
    departures = client.get("/api/v3/guide/departures/", {"locale": "es"})
    assert departures.status_code == 200
    v2 = client.get("/api/v2/pages/", {"locale": "es", "type": "guide_itineraries.ItineraryPage"})
    assert [page["id"] for page in v2.json()["items"]] == [spanish_trek.pk]


@pytest.mark.django_db
def test_a_detail_in_another_language_is_the_translation_or_a_404(
    client, spanish_trek, communities
):
    trek = spanish_trek.get_translation(spanish_trek.get_default_locale())
    answer = client.get(f"/api/v3/guide/itineraries/{trek.pk}/", {"locale": "es"})
    assert answer.json()["id"] == spanish_trek.pk
    patacancha = communities["patacancha"]
    missing = client.get(f"/api/v3/guide/communities/{patacancha.pk}/", {"locale": "es"})
    assert missing.status_code == 404


@pytest.mark.django_db
@pytest.mark.parametrize(
    "url",
    [
        "/api/v3/guide/itineraries/",
        "/api/v3/guide/communities/",
        "/api/v3/guide/destinations/",
        "/api/v3/guide/search/?q=lares",
        "/api/v3/guide/faqs/",
        "/api/v3/guide/places/",
        "/api/v3/guide/departures/",
        f"{BY_PATH}?path=/",
    ],
)
def test_an_unknown_locale_is_a_400_that_lists_the_languages(client, home, url):
    answer = client.get(url, {"locale": "xx"})
    assert answer.status_code == 400
    assert answer.json()["param"] == "locale"
    assert "'en' or 'es'" in answer.json()["message"]


@pytest.mark.django_db
@pytest.mark.parametrize("endpoint", ["pages", "faqs", "places"])
def test_v2_refuses_an_unknown_locale_with_the_list(client, home, endpoint):
    answer = client.get(f"/api/v2/{endpoint}/", {"locale": "xx"})
    assert answer.status_code == 400
    assert answer.json() == {"message": "locale must be one of: en, es"}


@pytest.mark.django_db
def test_links_stay_in_the_readers_language(client, spanish_trek):
    spanish = by_path(client, "/es/itineraries/caminata-de-lares/").json()
    paths = [community["path"] for community in spanish["communities"]]
    # Huacahuasi has a Spanish page; Patacancha has none: its link keeps the reader's prefix,
    # where the visitor site says it is not translated yet and links the original.
    assert paths == ["/es/communities/huacahuasi/", "/es/communities/patacancha/"]
    assert by_path(client, "/es/communities/huacahuasi/").json()["locale"] == "es"
    assert by_path(client, "/es/communities/patacancha/").status_code == 404
    assert by_path(client, "/communities/patacancha/").status_code == 200


@pytest.mark.django_db
def test_publishing_a_translation_updates_the_original_and_what_links_it(
    client, spanish_trek, communities, spanish, django_capture_on_commit_callbacks
):
    from guide.demo.builders.translations import translate

    before = by_path(client, "/communities/patacancha/").json()
    assert before["translations"] == []
    with django_capture_on_commit_callbacks(execute=True):
        translate(communities["patacancha"], spanish, {})
    after = by_path(client, "/communities/patacancha/").json()
    assert [version["locale"] for version in after["translations"]] == ["es"]
    spanish_page = by_path(client, "/es/itineraries/caminata-de-lares/").json()
    assert "/es/communities/patacancha/" in [c["path"] for c in spanish_page["communities"]]
    assert by_path(client, "/es/communities/patacancha/").status_code == 200


@pytest.mark.django_db
def test_spanish_pages_cost_no_more_queries_than_english_ones(
    client, spanish_trek, django_assert_max_num_queries
):
    for path in ["/itineraries/lares-trek/", "/es/itineraries/caminata-de-lares/"]:
        by_path(client, path)  # rendered and stored
    with django_assert_max_num_queries(2):
        by_path(client, "/es/itineraries/caminata-de-lares/")
    with django_assert_max_num_queries(2):
        by_path(client, "/itineraries/lares-trek/")


def test_the_sitemap_view_is_mounted():
    assert reverse("guide_sitemap") == "/sitemap.xml"


@pytest.mark.django_db
def test_a_community_lists_each_itinerary_once_in_its_own_language(client, spanish_trek):
    english = by_path(client, "/communities/huacahuasi/").json()
    assert [i["path"] for i in english["itineraries"]] == ["/itineraries/lares-trek/"]
    spanish = by_path(client, "/es/communities/huacahuasi/").json()
    assert [i["path"] for i in spanish["itineraries"]] == ["/es/itineraries/caminata-de-lares/"]


@pytest.mark.django_db
def test_editors_open_the_original_and_its_translation_in_the_admin(
    client, admin_user, spanish_trek
):
    client.force_login(admin_user)
    trek = spanish_trek.get_translation(spanish_trek.get_default_locale())
    assert client.get(f"/admin/pages/{trek.pk}/edit/").status_code == 200
    # wagtail-localize's translation editor, with the visitor-site and plain preview modes
    translation_editor = client.get(f"/admin/pages/{spanish_trek.pk}/edit/")
    assert translation_editor.status_code == 200
    assert b"Visitor site" in translation_editor.content
