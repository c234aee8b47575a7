from guide.core.representations import duration_representation, page_link_representation


def experience_representation(block) -> dict:
    value = block.value
    return {
        "kind": value["kind"],
        "title": value["title"],
        "duration": duration_representation(value["duration_minutes"]),
        "bookable": bool(value["bookable"]),
        "description": value["description"],
    }


def experiences_representation(stream) -> list[dict]:
    return [experience_representation(block) for block in stream]


def itineraries_passing_representation(community) -> list[dict]:
    """The public itineraries passing the community (itineraries_passing keeps only those)."""
    return [page_link_representation(page) for page in community.itineraries_passing()]
