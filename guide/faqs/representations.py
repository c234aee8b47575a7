from guide.core.representations import rich_text_representation


def topic_representation(topic) -> dict:
    return {"id": topic.pk, "slug": topic.slug, "name": topic.name}


def faq_representation(faq) -> dict:
    return {
        "id": faq.pk,
        "question": faq.question,
        "answer": rich_text_representation(faq.answer),
        "topic": topic_representation(faq.topic),
    }
