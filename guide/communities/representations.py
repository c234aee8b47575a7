from guide.core.representations import page_link_representation


def experience_representation(block) -> dict:
    return {
        "kind": block.value["kind"],
        "title": block.value["title"],
        "description": block.value["description"],
    }


def experiences_representation(stream) -> list[dict]:
    return [experience_representation(block) for block in stream]


def itineraries_passing_representation(community) -> list[dict]:
    """The public itineraries passing the community (itineraries_passing keeps only those)."""
    return [page_link_representation(page) for page in community.itineraries_passing()]
