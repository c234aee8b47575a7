"""How sure a fact is: exact, approximate within a margin, or unknown (no figure at all).

An editor who does not know a figure says so instead of inventing one; pages and the API then
show nothing (or "about") rather than a made-up number.
"""

from django.db import models


class Precision(models.TextChoices):
    EXACT = "exact", "Exact"
    APPROXIMATE = "approximate", "Approximate (± margin)"
    UNKNOWN = "unknown", "Unknown"


def check_precision(
    precision, margin, values, *, field: str, margin_field: str, what: str
) -> dict[str, str]:
    """Form errors for a fact whose precision, margin and values do not fit together."""
    given = [value is not None for value in values]
    if precision == Precision.UNKNOWN:
        if any(given):
            return {field: f"Leave {what} empty when it is unknown, or choose another precision."}
        return {}
    if not all(given):
        return {field: f"Give {what}, or set the precision to 'unknown'."}
    if precision == Precision.APPROXIMATE and not margin:
        return {margin_field: f"Say how far off {what} may be (± metres)."}
    if precision != Precision.APPROXIMATE and margin:
        return {
            margin_field: "Only an approximate figure has a margin: clear it, or choose "
            "'approximate'."
        }
    return {}
