from guide.core.representations import place_representation, sources_representation


def place_detail_representation(place) -> dict:
    return {
        **place_representation(place),
        "aliases": place.alias_list,
        "description": place.description,
        "sources": sources_representation(place),
        "source_note": place.source_note,
    }
