from guide.core.representations import (
    duration_representation,
    page_link_representation,
    place_representation,
    temperature_representation,
)


def access_route_representation(route) -> dict:
    return {
        "mode": route.mode,
        "from_place": place_representation(route.from_place),
        "duration_min": duration_representation(route.duration_min_minutes),
        "duration_max": duration_representation(route.duration_max_minutes),
        "notes": route.notes,
    }


def temperature_range_representation(page) -> dict | None:
    if page.temperature_min_c is None and page.temperature_max_c is None:
        return None
    return {
        "min": temperature_representation(page.temperature_min_c),
        "max": temperature_representation(page.temperature_max_c),
        "note": page.temperature_note,
    }


def related_destination_representation(link) -> dict:
    return page_link_representation(link.destination)
