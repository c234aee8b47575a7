from guide.core.representations import (
    duration_representation,
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


def pools_representation(page) -> dict | None:
    if page.pool_count_min is None:
        return None
    return {
        "min": page.pool_count_min,
        # A count saved before the page was cleaned may lack its upper end.
        "max": page.pool_count_max if page.pool_count_max is not None else page.pool_count_min,
        "note": page.pool_count_note,
    }


def opening_representation(page) -> dict | None:
    """When the destination is open and when to go in the day; None when nothing is stated."""
    months = [month.month for month in page.opening_months.all()]
    stated = (
        page.open_all_year
        or months
        or page.opening_hours
        or page.best_time_of_day
        or page.best_time_note
    )
    if not stated:
        return None
    return {
        "all_year": page.open_all_year,
        "months": [] if page.open_all_year else sorted(set(months)),
        "hours": page.opening_hours,
        "best_time_of_day": page.best_time_of_day or None,
        "best_time_note": page.best_time_note,
    }


def water_component_representation(component) -> dict:
    amount = None
    if component.amount is not None:
        amount = {"value": float(component.amount), "unit": component.unit}
    return {"name": component.name, "amount": amount, "note": component.note}


def wildlife_representation(animal) -> dict:
    return {"species": animal.species, "where": animal.where, "likelihood": animal.likelihood}


def plant_representation(plant) -> dict:
    return {"name": plant.name, "local_name": plant.local_name, "use": plant.use}
