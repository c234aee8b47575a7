"""A page the public may not see is named by no public answer, however other pages link to it.

An itinerary and a destination are linked from everywhere a link can come from: an itinerary's
alternatives, a destination's related destinations, a community's itineraries (derived from the
days), the home page's featured pages, the index listings, an FAQ answer's rich text (and so the
JSON-LD of the pages showing that FAQ), search and the sitemap. Each is then made non-public in
one way at a time; no endpoint of v2, the guide's v3, Wagtail's own v3 pages API or the sitemap
may name it (title, path or id), and its own detail answers 404.
"""

import json
import time
from datetime import timedelta

import pytest
from django.contrib.auth.models import Group
from django.utils import timezone
from wagtail.models import Page, PageViewRestriction

from guide.core.locales import frontend_path
from guide.destinations.models import RelatedDestination
from guide.itineraries.models import ItineraryAlternative, ItineraryFAQ
from tests.api_store.guide import use_redis_responses
from tests.factories import DestinationPageFactory, FAQFactory, create_itinerary

from .helpers import API, publish

ITINERARY = "Hidden Valley Loop"
DESTINATION = "Secret Hot Pools"
PATHS = {
    ITINERARY: "/itineraries/hidden-valley-loop/",
    DESTINATION: "/destinations/secret-hot-pools/",
}
DRAFT_TITLE_SUFFIX = "Rewritten"


@pytest.fixture
def guide(
    trek, destination, community, itinerary_index, destination_index, home, lares_days, places
):
    """The two targets, linked from every other page; returns the pages by role."""

    def build(publish_targets=True):
        loop = create_itinerary(
            itinerary_index, ITINERARY, lares_days(), publish=publish_targets
        )  # its days pass Huacahuasi, the community's village
        pools = DestinationPageFactory(
            parent=destination_index,
            title=DESTINATION,
            slug="secret-hot-pools",
            place=places["lares"],
            live=publish_targets,
        )
        if publish_targets:
            pools = publish(pools)
        else:
            pools.save_revision()

        faq = FAQFactory(
            question="Can the loop be walked in winter?",
            answer=f'<p>See <a linktype="page" id="{loop.pk}">the loop</a> and '
            f'<a linktype="page" id="{pools.pk}">the pools</a>.</p>',
        )
        ItineraryAlternative.objects.create(page=trek, alternative=loop, note="Quieter")
        ItineraryFAQ.objects.create(page=trek, faq=faq)
        RelatedDestination.objects.create(page=destination, destination=pools)
        home_page = type(home).objects.get(pk=home.pk)
        home_page.featured = [("page", loop), ("page", pools)]
        return {
            "trek": publish(type(trek).objects.get(pk=trek.pk)),
            "destination": publish(type(destination).objects.get(pk=destination.pk)),
            "community": publish(type(community).objects.get(pk=community.pk)),
            "home": publish(home_page),
            "itinerary_index": itinerary_index,
            "destination_index": destination_index,
            "targets": {ITINERARY: loop, DESTINATION: pools},
        }

    return build


def public_answers(client, pages) -> dict[str, object]:
    """Every public answer that could name the targets: {url: response}."""
    trek, destination, community, home = (
        pages[name] for name in ("trek", "destination", "community", "home")
    )
    urls = [
        # API v2
        "/api/v2/pages/?fields=*&limit=50",
        "/api/v2/pages/?type=guide_itineraries.ItineraryPage&fields=*",
        "/api/v2/pages/?type=guide_destinations.DestinationPage&fields=*",
        "/api/v2/pages/?type=guide_communities.CommunityProfilePage&fields=*",
        "/api/v2/pages/?type=home.HomePage&fields=*",
        f"/api/v2/pages/?child_of={pages['itinerary_index'].pk}&fields=*",
        f"/api/v2/pages/?child_of={pages['destination_index'].pk}&fields=*",
        "/api/v2/pages/?search=hidden+secret+loop+pools&search_operator=or",
        *(f"/api/v2/pages/{page.pk}/" for page in (trek, destination, community, home)),
        "/api/v2/faqs/?fields=*",
        # The guide's API v3
        f"{API}/itineraries/",
        f"{API}/destinations/",
        f"{API}/communities/",
        f"{API}/itineraries/{trek.pk}/",
        f"{API}/destinations/{destination.pk}/",
        f"{API}/communities/{community.pk}/",
        *(
            f"{API}/pages/by-path/?path={path}"
            for path in ("/", "/itineraries/", "/destinations/", "/communities/", "/questions/")
        ),
        f"{API}/search/?q=loop",
        f"{API}/search/?q=pools",
        f"{API}/faqs/",
        # The sitemap of the visitor site
        "/sitemap.xml",
    ]
    answers = {}
    for url in urls:
        response = client.get(url)
        assert response.status_code == 200, (url, response.status_code, response.content[:300])
        answers[url] = response
    return answers


def page_ids(value) -> set[int]:
    """Ids of every object that stands for a page (an id beside a title) in a JSON answer."""
    found = set()
    if isinstance(value, dict):
        if "id" in value and "title" in value:
            found.add(value["id"])
        for item in value.values():
            found |= page_ids(item)
    elif isinstance(value, list):
        for item in value:
            found |= page_ids(item)
    return found


def names(response, title: str, page) -> bool:
    """Whether ``response`` names the page: by title, by path or (in JSON) by id."""
    body = response.content.decode()
    if title in body or PATHS[title] in body:
        return True
    if response["Content-Type"].startswith("application/json"):
        return page.pk in page_ids(json.loads(body))
    return False


def own_details(page, title: str) -> list[str]:
    """The target's own addresses, each of which must answer 404 once it is not public."""
    kind = "itineraries" if title == ITINERARY else "destinations"
    return [
        f"/api/v2/pages/{page.pk}/",
        f"/api/v2/pages/find/?html_path={PATHS[title]}",
        f"{API}/{kind}/{page.pk}/",
        f"{API}/pages/by-path/?path={PATHS[title]}",
    ]


def assert_hidden_everywhere(client, pages):
    answers = public_answers(client, pages)
    for title, target in pages["targets"].items():
        for url, response in answers.items():
            assert not names(response, title, target), (title, url)
        for url in own_details(target, title):
            assert client.get(url).status_code == 404, (title, url)


def restrict(page, restriction_type, **fields):
    restriction = PageViewRestriction.objects.create(
        page=page, restriction_type=restriction_type, **fields
    )
    if restriction_type == PageViewRestriction.GROUPS:
        restriction.groups.add(Group.objects.get_or_create(name="Guides")[0])


STATES = {
    "unpublished": lambda page: page.unpublish(),
    "password": lambda page: restrict(page, PageViewRestriction.PASSWORD, password="trek"),
    "login": lambda page: restrict(page, PageViewRestriction.LOGIN),
    "group": lambda page: restrict(page, PageViewRestriction.GROUPS),
    # Past its expiry time, before publish_scheduled has unpublished it: still `live`.
    "expired": lambda page: Page.objects.filter(pk=page.pk).update(
        expire_at=timezone.now() - timedelta(minutes=1)
    ),
}


@pytest.mark.django_db
def test_the_linked_pages_are_named_while_they_are_public(client, guide):
    """The control: every link this file checks is there to begin with."""
    pages = guide()
    answers = public_answers(client, pages)
    linking = {
        f"/api/v2/pages/{pages['trek'].pk}/": [ITINERARY],
        f"/api/v2/pages/{pages['destination'].pk}/": [DESTINATION],
        f"/api/v2/pages/{pages['community'].pk}/": [ITINERARY],
        f"/api/v2/pages/{pages['home'].pk}/": [ITINERARY, DESTINATION],
        "/api/v2/faqs/?fields=*": [ITINERARY, DESTINATION],
        f"{API}/itineraries/{pages['trek'].pk}/": [ITINERARY, DESTINATION],
        f"{API}/destinations/{pages['destination'].pk}/": [DESTINATION],
        f"{API}/communities/{pages['community'].pk}/": [ITINERARY],
        f"{API}/pages/by-path/?path=/": [ITINERARY, DESTINATION],
        f"{API}/pages/by-path/?path=/itineraries/": [ITINERARY],
        f"{API}/pages/by-path/?path=/destinations/": [DESTINATION],
        f"{API}/pages/by-path/?path=/questions/": [ITINERARY, DESTINATION],
        f"{API}/search/?q=loop": [ITINERARY],
        f"{API}/search/?q=pools": [DESTINATION],
        "/api/v2/pages/?search=hidden+secret+loop+pools&search_operator=or": [
            ITINERARY,
            DESTINATION,
        ],
        "/sitemap.xml": [ITINERARY, DESTINATION],
    }
    for url, titles in linking.items():
        for title in titles:
            assert names(answers[url], title, pages["targets"][title]), (title, url)

    # Each kind of link on its own, not only through the FAQ's rich text.
    loop, pools = pages["targets"][ITINERARY].pk, pages["targets"][DESTINATION].pk
    trek, destination = pages["trek"].pk, pages["destination"].pk
    community, home = pages["community"].pk, pages["home"].pk
    fields = [
        (f"/api/v2/pages/{trek}/", "alternatives", loop),
        (f"/api/v2/pages/{destination}/", "related_destinations", pools),
        (f"/api/v2/pages/{community}/", "itineraries", loop),
        (f"/api/v2/pages/{home}/", "featured", loop),
        (f"{API}/itineraries/{trek}/", "alternatives", loop),
        (f"{API}/destinations/{destination}/", "related_destinations", pools),
        (f"{API}/communities/{community}/", "itineraries", loop),
        (f"{API}/pages/by-path/?path=/", "featured", pools),
        (f"{API}/pages/by-path/?path=/itineraries/", "items", loop),
    ]
    for url, field, pk in fields:
        assert pk in [link["id"] for link in answers[url].json()[field]], (url, field)
    for title, target in pages["targets"].items():
        for url in own_details(target, title):
            assert client.get(url).status_code in (200, 302), (title, url)


@pytest.mark.django_db
@pytest.mark.parametrize("state", sorted(STATES))
def test_a_page_that_stopped_being_public_is_named_nowhere(client, guide, state):
    pages = guide()
    for target in pages["targets"].values():
        STATES[state](target)
    assert_hidden_everywhere(client, pages)


def expire_soon(page):
    """As an editor does: publish with an expiry time, which then passes (no event follows)."""
    page = type(page).objects.get(pk=page.pk)
    page.expire_at = timezone.now() + timedelta(seconds=2)
    page.save_revision().publish()


WARM_STATES = {**STATES, "expired": expire_soon}


@pytest.mark.django_db
@pytest.mark.parametrize("state", sorted(WARM_STATES))
@pytest.mark.parametrize("cache", ["stored JSON", "stored JSON and Redis"])
def test_a_page_hidden_after_the_caches_are_warm_is_named_nowhere(
    client, guide, state, cache, settings, django_capture_on_commit_callbacks
):
    """Every answer is stored (and, with Redis, kept whole) before the page is hidden."""
    if cache == "stored JSON and Redis":
        use_redis_responses(settings)
    pages = guide()
    public_answers(client, pages)  # fills the store and the response cache
    with django_capture_on_commit_callbacks(execute=True):
        for target in pages["targets"].values():
            WARM_STATES[state](target)
    if state == "expired":
        public_answers(client, pages)  # kept again, until the expiry passes
        time.sleep(2.5)
    assert_hidden_everywhere(client, pages)


@pytest.mark.django_db
def test_a_page_never_published_is_named_nowhere(client, guide):
    assert_hidden_everywhere(client, guide(publish_targets=False))


@pytest.mark.django_db
def test_a_newer_draft_shows_nowhere_and_the_published_version_stays(client, guide):
    pages = guide()
    for title, target in pages["targets"].items():
        target.title = f"{title} {DRAFT_TITLE_SUFFIX}"
        target.save_revision()
    answers = public_answers(client, pages)
    for url, response in answers.items():
        assert DRAFT_TITLE_SUFFIX not in response.content.decode(), url
    targets = pages["targets"]
    trek_detail = answers[f"{API}/itineraries/{pages['trek'].pk}/"]
    assert names(trek_detail, ITINERARY, targets[ITINERARY])
    home_detail = answers[f"/api/v2/pages/{pages['home'].pk}/"]
    assert names(home_detail, DESTINATION, targets[DESTINATION])


@pytest.mark.django_db
@pytest.mark.parametrize("restriction_type", ["password", "login", "groups"])
def test_images_in_a_restricted_collection_are_listed_nowhere(client, hero, restriction_type):
    from wagtail.models import Collection, CollectionViewRestriction

    from .helpers import make_image

    private = Collection.get_first_root_node().add_child(name="Private")
    nested = private.add_child(name="Inside private")  # restrictions reach descendants
    hidden = [make_image("Hidden image"), make_image("Nested hidden image")]
    for image, collection in zip(hidden, (private, nested), strict=True):
        image.collection = collection
        image.save()
    restriction = CollectionViewRestriction.objects.create(
        collection=private, restriction_type=restriction_type, password="trek"
    )
    if restriction_type == "groups":
        restriction.groups.add(Group.objects.get_or_create(name="Guides")[0])
    if restriction_type == "password":
        # A browser that once typed the password on the Django-served site: still not public.
        session = client.session
        session[restriction.passed_view_restrictions_session_key] = [restriction.pk]
        session.save()

    listed = {item["id"] for item in client.get("/api/v2/images/").json()["items"]}
    assert hero.pk in listed
    assert not listed & {image.pk for image in hidden}
    for image in hidden:
        assert client.get(f"/api/v2/images/{image.pk}/").status_code == 404


@pytest.mark.django_db
@pytest.mark.parametrize("restriction_type", ["password", "login", "groups"])
def test_documents_in_a_restricted_collection_are_listed_nowhere(client, restriction_type):
    from django.core.files.base import ContentFile
    from wagtail.documents import get_document_model
    from wagtail.models import Collection, CollectionViewRestriction

    def document(title, collection):
        return get_document_model().objects.create(
            title=title, collection=collection, file=ContentFile(b"GPX", name=f"{title}.gpx")
        )

    root = Collection.get_first_root_node()
    private = root.add_child(name="Private tracks")
    public, hidden = document("Public track", root), document("Hidden track", private)
    restriction = CollectionViewRestriction.objects.create(
        collection=private, restriction_type=restriction_type, password="trek"
    )
    if restriction_type == "groups":
        restriction.groups.add(Group.objects.get_or_create(name="Guides")[0])

    listed = {item["id"] for item in client.get("/api/v2/documents/").json()["items"]}
    assert public.pk in listed
    assert hidden.pk not in listed
    assert client.get(f"/api/v2/documents/{hidden.pk}/").status_code == 404
    assert client.get(f"/api/v2/documents/{public.pk}/").status_code == 200


@pytest.mark.django_db
def test_wagtails_own_v3_routes_answer_only_to_api_tokens(client, trek, hero):
    """They read with Wagtail's rules (no expiry dates, a session's passwords count): an
    anonymous reader gets a 401 naming the guide's routes, whatever the session holds."""
    from django.contrib.auth import get_user_model
    from wagtail.models import APIToken

    user = get_user_model().objects.create_superuser("reader", "reader@example.com", "pw")
    client.force_login(user)  # a session is not a token
    stock = [
        "/api/v3/pages/",
        f"/api/v3/pages/{trek.pk}/",
        f"/api/v3/pages/find/?html_path={frontend_path(trek)}",
        "/api/v3/images/",
        f"/api/v3/images/{hero.pk}/",
        "/api/v3/documents/",
        "/api/v3/redirects/",
        "/api/v3/sites/",
        "/api/v3/snippets/guide_places.Place/",
    ]
    for url in stock:
        response = client.get(url)
        assert response.status_code == 401, url
        assert "/api/v3/guide/" in response.json()["detail"], url
    assert client.get("/api/v3/openapi.json").status_code == 200
    assert client.get(f"{API}/itineraries/{trek.pk}/").status_code == 200

    _token, plaintext = APIToken.create_token(user=user, name="integration")
    answered = client.get(f"/api/v3/pages/{trek.pk}/", HTTP_AUTHORIZATION=f"Bearer {plaintext}")
    assert answered.status_code == 200
    assert answered.json()["title"] == trek.title
    wrong = client.get(f"/api/v3/pages/{trek.pk}/", HTTP_AUTHORIZATION="Bearer not-a-token")
    assert wrong.status_code == 401
