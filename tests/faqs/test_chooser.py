"""The FAQ chooser puts first what the page being edited most likely wants: the FAQs of its
sibling pages, then those in the topics it already uses, then the rest, each with its topic."""

import pytest
from bs4 import BeautifulSoup
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils.text import slugify

from guide.destinations.models import DestinationFAQ
from guide.itineraries.models import ItineraryFAQ, ItineraryPage
from tests.factories import DestinationPageFactory, FAQFactory, FAQTopicFactory

from ..core.admin_forms import add_url, edit_url

CHOOSER = "wagtailsnippetchoosers_guide_faqs_faq"


def itinerary(parent, title: str, faqs=()):
    page = ItineraryPage(title=title, slug=slugify(title), summary="A walk.", difficulty="easy")
    page.faq_links = [ItineraryFAQ(faq=faq, sort_order=number) for number, faq in enumerate(faqs)]
    parent.add_child(instance=page)
    return page


@pytest.fixture
def faqs(db):
    """Three topics in their order, with two questions each."""
    topics = [FAQTopicFactory(name=name, sort_order=number) for number, name in enumerate("ABC")]
    return {
        f"{topic.name}{number}": FAQFactory(
            question=f"{topic.name}{number}?", topic=topic, sort_order=number
        )
        for topic in topics
        for number in (1, 2)
    }


@pytest.fixture
def family(itinerary_index, destination_index, places, faqs):
    """The edited itinerary uses C1; its siblings use B2 and A2; a destination (not a sibling)
    uses A1."""
    edited = itinerary(itinerary_index, "Edited trek", [faqs["C1"]])
    itinerary(itinerary_index, "Sibling trek", [faqs["B2"]])
    itinerary(itinerary_index, "Other sibling trek", [faqs["A2"], faqs["B2"]])
    destination = DestinationPageFactory(parent=destination_index, place=places["lares"])
    DestinationFAQ.objects.create(page=destination, faq=faqs["A1"])
    return edited


def chooser_response(client, referer: str | None, **params):
    headers = {"referer": f"http://testserver{referer}"} if referer else {}
    response = client.get(reverse(f"{CHOOSER}:choose"), params, headers=headers)
    assert response.status_code == 200
    return response.json()["html"]


def listed_questions(html: str) -> list[str]:
    soup = BeautifulSoup(html, "html.parser")
    return [link.get_text(strip=True) for link in soup.select("a[data-chooser-modal-choice]")]


@pytest.mark.django_db
def test_sibling_faqs_come_first_then_the_pages_topics_then_the_rest(admin_client, family):
    html = chooser_response(admin_client, edit_url(family))
    assert listed_questions(html) == ["A2?", "B2?", "C1?", "C2?", "A1?", "B1?"]


@pytest.mark.django_db
def test_a_new_page_puts_first_the_faqs_of_its_parents_children(
    admin_client, family, itinerary_index
):
    html = chooser_response(admin_client, add_url(ItineraryPage, itinerary_index))
    assert listed_questions(html) == ["A2?", "B2?", "C1?", "A1?", "B1?", "C2?"]


@pytest.mark.django_db
def test_without_a_page_the_faqs_are_in_topic_order(admin_client, family):
    expected = ["A1?", "A2?", "B1?", "B2?", "C1?", "C2?"]
    assert listed_questions(chooser_response(admin_client, None)) == expected
    assert listed_questions(chooser_response(admin_client, "/admin/")) == expected


@pytest.mark.django_db
def test_the_rows_show_each_faqs_topic(admin_client, family):
    soup = BeautifulSoup(chooser_response(admin_client, edit_url(family)), "html.parser")
    row = soup.find("a", string=lambda text: text and "C2?" in text).find_parent("tr")
    assert "C" in [cell.get_text(strip=True) for cell in row.find_all("td")]


@pytest.mark.django_db
def test_the_multiple_chooser_of_the_faq_panel_keeps_the_order(admin_client, family):
    html = chooser_response(admin_client, edit_url(family), multiple="true")
    soup = BeautifulSoup(html, "html.parser")
    questions = [row.find_all("td")[1].get_text(strip=True) for row in soup.select("tbody tr")]
    assert questions == ["A2?", "B2?", "C1?", "C2?", "A1?", "B1?"]


@pytest.mark.django_db
def test_a_search_still_finds_the_faqs(admin_client, family):
    response = admin_client.get(
        reverse(f"{CHOOSER}:choose_results"),
        {"q": "B1"},
        headers={"referer": f"http://testserver{edit_url(family)}"},
    )
    assert listed_questions(response.content.decode()) == ["B1?"]


@pytest.mark.django_db
def test_the_order_costs_the_same_queries_however_large_the_family(
    admin_client, family, itinerary_index, faqs
):
    def queries() -> int:
        with CaptureQueriesContext(connection) as context:
            chooser_response(admin_client, edit_url(family))
        return len(context)

    before = queries()
    for number in range(5):
        itinerary(itinerary_index, f"More trek {number}", [faqs["C2"], faqs["B1"]])
    assert queries() == before
