def experience_representation(block) -> dict:
    return {
        "kind": block.value["kind"],
        "title": block.value["title"],
        "description": block.value["description"],
    }


def experiences_representation(stream) -> list[dict]:
    return [experience_representation(block) for block in stream]


def itinerary_link_representation(page) -> dict:
    return {"id": page.pk, "title": page.title, "path": page.url}


def itineraries_passing_representation(community) -> list[dict]:
    return [itinerary_link_representation(page) for page in community.itineraries_passing()]
