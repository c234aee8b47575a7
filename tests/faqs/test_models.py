import pytest
from django.urls import reverse
from wagtail.search.backends import get_search_backend

from guide.faqs.models import FAQ, FAQTopic
from tests.factories import FAQFactory, FAQTopicFactory


def grouped(faq_index):
    return [
        (topic.name, [faq.question for faq in faqs]) for topic, faqs in faq_index.topics_with_faqs()
    ]


def test_faqs_are_grouped_by_topic_in_topic_order(faq_index):
    altitude = FAQTopicFactory(name="Altitude", sort_order=2)
    booking = FAQTopicFactory(name="Booking", sort_order=1)
    FAQTopicFactory(name="Wildlife", sort_order=0)  # no questions yet: not listed
    FAQFactory(topic=altitude, question="How do I acclimatise?", sort_order=1)
    FAQFactory(topic=booking, question="Do I need a permit?", sort_order=2)
    FAQFactory(topic=altitude, question="Is 4,450 m dangerous?", sort_order=0)
    FAQFactory(topic=booking, question="Can I book a homestay?", sort_order=1)

    assert grouped(faq_index) == [
        ("Booking", ["Can I book a homestay?", "Do I need a permit?"]),
        ("Altitude", ["Is 4,450 m dangerous?", "How do I acclimatise?"]),
    ]


def test_reordering_topics_reorders_the_faq_page(faq_index):
    altitude = FAQTopicFactory(name="Altitude", sort_order=2)
    booking = FAQTopicFactory(name="Booking", sort_order=1)
    FAQFactory(topic=altitude)
    FAQFactory(topic=booking)
    altitude.sort_order = 0
    altitude.save()
    assert [name for name, _ in grouped(faq_index)] == ["Altitude", "Booking"]


def test_topics_with_the_same_number_follow_their_names(faq_index):
    """FAQTopic orders by (sort_order, name); the FAQ page should list the topics the same way."""
    packing = FAQTopicFactory(name="Packing", sort_order=0)
    altitude = FAQTopicFactory(name="Altitude", sort_order=0)
    FAQFactory(topic=packing, question="Are boots enough?")
    FAQFactory(topic=altitude, question="What about soroche?")
    assert list(FAQTopic.objects.values_list("name", flat=True)) == ["Altitude", "Packing"]
    assert [name for name, _ in grouped(faq_index)] == ["Altitude", "Packing"]


def test_a_topic_slug_is_made_from_its_name(db):
    assert FAQTopicFactory(name="Getting there").slug == "getting-there"


def test_a_topic_in_use_cannot_be_deleted(db):
    from django.db.models import ProtectedError

    faq = FAQFactory()
    with pytest.raises(ProtectedError):
        faq.topic.delete()
    assert FAQ.objects.filter(pk=faq.pk).exists()


def test_search_finds_a_question_by_its_answer(db):
    faq = FAQFactory(
        question="What is soroche?", answer="<p>Altitude sickness: headaches above 3,500 m.</p>"
    )
    FAQFactory(question="Do I tip the arrieros?", answer="<p>Yes, at the end.</p>")
    assert list(get_search_backend().search("headaches", FAQ)) == [faq]


def test_editor_searching_questions_in_the_admin_finds_them(admin_client, db):
    FAQFactory(question="What is soroche?")
    FAQFactory(question="Do I tip the arrieros?")
    response = admin_client.get(reverse("wagtailsnippets_guide_faqs_faq:list"), {"q": "soroche"})
    assert response.status_code == 200
    assert "What is soroche?" in response.content.decode()
    assert "Do I tip the arrieros?" not in response.content.decode()
