"""Places and FAQs: snippets looked up by slug or question, created only when missing."""

from datetime import date
from decimal import Decimal

from guide.demo.content.faqs import FAQS, TOPICS
from guide.demo.content.places import CHECKED, COORDINATES, PLACES
from guide.faqs.models import FAQ, FAQTopic
from guide.places.models import Place, PlaceSource

from .base import Demo


def build_places(demo: Demo) -> None:
    new = 0
    for data in PLACES:
        fields = {**COORDINATES, **data}
        slug = fields.pop("slug")
        sources = fields.pop("sources", [])
        fields["latitude"] = Decimal(fields["latitude"])
        fields["longitude"] = Decimal(fields["longitude"])
        place = Place.objects.filter(slug=slug).first()
        if place is None:
            place = Place(slug=slug, **fields)
            place.sources = [
                PlaceSource(**source, checked_on=date.fromisoformat(CHECKED)) for source in sources
            ]
            place.full_clean()
            place.save()
            new += 1
        demo.places[slug] = place
    demo.report("places", len(demo.places), new)


def build_faqs(demo: Demo) -> None:
    topics, new_topics = {}, 0
    for data in TOPICS:
        topic, created = FAQTopic.objects.get_or_create(
            name=data["name"], defaults={"sort_order": data["sort_order"]}
        )
        topics[topic.name] = topic
        new_topics += created
    demo.report("FAQ topics", len(topics), new_topics)

    new = 0
    for order, data in enumerate(FAQS):
        faq = FAQ.objects.filter(question=data["question"]).first()
        if faq is None:
            faq = FAQ(
                question=data["question"],
                answer=demo.text(data["answer"]),
                topic=topics[data["topic"]],
                sort_order=order * 10,
            )
            faq.full_clean()
            faq.save()
            new += 1
        demo.faqs[data["key"]] = faq
    demo.report("FAQs", len(demo.faqs), new)
