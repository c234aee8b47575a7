"""Numbers with units in a folded sentence: the value in the guide's units, the span, any bound.

"4,450 m", "14,600 ft", "4–5 h", "between 38 and 42 °C", "over 4,500 metres", "does not
exceed 33 km". Ranges keep both ends; a bound says which side of the value the text puts the
fact on.
"""

import re
from dataclasses import dataclass
from decimal import Decimal

from guide.core.units import FEET_PER_METRE, MILES_PER_KILOMETRE

NUMBER = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
UNITS = {
    "elevation": r"m\.?\s?a\.?\s?s\.?\s?l\.?|masl|metres|meters|metre|meter|m|feet|foot|ft\.?",
    "distance": r"kilometres|kilometers|kilometre|kilometer|km|miles|mile|mi",
    "temperature": r"°\s?[cf]|degrees\s+(?:celsius|centigrade|fahrenheit|c|f)|celsius|fahrenheit",
    "hours": r"hours|hour|hrs|hr|h",
}
UNIT = "|".join(f"(?P<{kind}>{pattern})" for kind, pattern in UNITS.items())
QUANTITY = re.compile(
    rf"(?<![\w.,])(?P<between>between\s+)?(?P<sign_a>-)?(?P<a>{NUMBER})"
    rf"(?:\s*(?P<unit_a>{UNIT.replace('?P<', '?P<a_')}))?"
    rf"(?:\s*(?P<joint>[-–—]|to|and)\s*(?P<sign_b>-)?(?P<b>{NUMBER}))?"
    rf"\s*(?:{UNIT})(?![a-z])"
)
NUMBER_WORDS = {
    word: str(number)
    for number, word in enumerate(
        [
            "zero",
            "one",
            "two",
            "three",
            "four",
            "five",
            "six",
            "seven",
            "eight",
            "nine",
            "ten",
            "eleven",
            "twelve",
        ]
    )
}
NUMBER_WORD = re.compile(r"\b(" + "|".join(NUMBER_WORDS) + r")\b")

HEDGE = r"(?:about|around|roughly|approximately|approx\.|some|nearly|almost|just|only|barely)\s+"
LOWER_WORDS = (
    r"over|above|more than|greater than|higher than|longer than|warmer than|hotter than|"
    r"exceeds?|exceeding|exceeded|at least|upwards of|in excess of|beyond"
)
UPPER_WORDS = (
    r"below|under|less than|lower than|shorter than|cooler than|colder than|up to|at most|"
    r"maximum of|max\.?|within"
)
NEGATION = r"(?:(?<!\w)not|n't|(?<!\w)never|(?<!\w)no)\s+(?:[a-z]+\s+)?"
BOUND_BEFORE = re.compile(
    rf"(?P<negation>{NEGATION})?(?<!\w)(?:(?P<lower>{LOWER_WORDS})|(?P<upper>{UPPER_WORDS}))"
    rf"\s+(?:{HEDGE})?$"
)
BOUND_AFTER = re.compile(
    r"^\s*(?:(?P<lower>\+|or (?:more|higher|above|over|longer|warmer)|plus)"
    r"|(?P<upper>or (?:less|lower|below|under|shorter|cooler)|at (?:the )?most))(?![a-z])"
)


@dataclass(frozen=True)
class Quantity:
    kind: str  # elevation, distance, temperature or hours
    low: Decimal  # in m, km, °C or hours
    high: Decimal
    bound: str  # "" (the value itself), "min" (the fact is at least low), "max" (at most high)
    stated: str  # as written, e.g. "14,600 ft"
    start: int
    end: int


def _number(text: str, sign: str | None, kind: str) -> Decimal:
    # "4.450 m" is a thousands dot in many languages, and no elevation is 4.45 m.
    if kind == "elevation" and re.fullmatch(r"\d{1,2}\.\d{3}", text):
        text = text.replace(".", "")
    value = Decimal(text.replace(",", ""))
    return -value if sign else value


def _to_guide_units(kind: str, unit: str, value: Decimal) -> Decimal:
    unit = unit.replace(" ", "").rstrip(".")
    if kind == "elevation" and unit in {"ft", "feet", "foot"}:
        return value / FEET_PER_METRE
    if kind == "distance" and unit.startswith("mi"):
        return value / MILES_PER_KILOMETRE
    if kind == "temperature" and (unit.endswith("f") or "fahrenheit" in unit):
        return (value - 32) / Decimal("1.8")
    return value


def _bound(folded: str, start: int, end: int) -> str:
    before = BOUND_BEFORE.search(folded[max(0, start - 40) : start])
    if before:
        lower = bool(before.group("lower"))
        return "max" if lower == bool(before.group("negation")) else "min"
    after = BOUND_AFTER.search(folded[end : end + 20])
    if after:
        return "min" if after.group("lower") else "max"
    return ""


def _trim(stated: str) -> str:
    # "ft." at the end of a sentence: the full stop is the sentence's.
    return stated[:-1] if stated.endswith("ft.") else stated


def spell_numbers(folded: str) -> str:
    """'four to five hours' as '4 to 5 hours', keeping positions (words are padded)."""
    return NUMBER_WORD.sub(lambda m: NUMBER_WORDS[m.group(1)].ljust(len(m.group(1))), folded)


def _unit_kind(match: re.Match, prefix: str = "") -> str | None:
    for kind in UNITS:
        if match.group(prefix + kind):
            return kind
    return None


def quantities(sentence: str, folded: str) -> list[Quantity]:
    """The quantities of `sentence`, read from its folded form (see text.fold)."""
    found = []
    for match in QUANTITY.finditer(spell_numbers(folded)):
        kind = _unit_kind(match)
        unit = match.group(kind)
        if match.group("unit_a") and _unit_kind(match, "a_") != kind:
            continue
        low = _number(match.group("a"), match.group("sign_a"), kind)
        high = low
        if match.group("b"):
            high = _number(match.group("b"), match.group("sign_b"), kind)
            if match.group("joint") == "and" and not match.group("between"):
                low = high  # "Calca and 3 km": only the second number has the unit
        low, high = sorted((_to_guide_units(kind, unit, low), _to_guide_units(kind, unit, high)))
        single_second = match.group("joint") == "and" and not match.group("between")
        first = "sign_a" if match.group("sign_a") else "a"
        start = match.start("b") if single_second else match.start(first)
        found.append(
            Quantity(
                kind=kind,
                low=low,
                high=high,
                bound=_bound(folded, match.start(), match.end()),
                stated=_trim(" ".join(sentence[start : match.end()].split())),
                start=match.start(),
                end=match.end(),
            )
        )
    return found
