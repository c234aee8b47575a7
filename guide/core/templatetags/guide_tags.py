from django import template

from guide.core.units import format_duration, metres_to_feet

register = template.Library()


@register.filter
def feet(metres):
    """4450 → 14,600 — the imperial figure beside a metric elevation."""
    value = metres_to_feet(metres)
    return "" if value is None else f"{value:,}"


@register.filter
def duration(minutes):
    return format_duration(minutes)
