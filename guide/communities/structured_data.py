from guide.core.structured_data import document, frontend_url, geo_member, image_url


def community_structured_data(page) -> dict:
    return document(
        {
            "@type": "Place",
            "name": page.title,
            "description": page.summary,
            "url": frontend_url(page),
            "image": image_url(page),
            **geo_member(page.place),
        }
    )
