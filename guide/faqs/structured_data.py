from guide.core.structured_data import document, faq_page_node


def faq_index_structured_data(page) -> dict:
    faqs = [faq for _topic, faqs in page.topics_with_faqs() for faq in faqs]
    return document(faq_page_node(faqs))
