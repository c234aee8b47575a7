"""Reads each sentence of an object's prose and reports the numbers that disagree with the
typed facts: a named place's elevation or temperature, an itinerary's or a day's distance, a
day's hiking hours. See docs/facts.md for the rules."""

import re
from dataclasses import dataclass
from decimal import Decimal

from wagtail.models import Locale

from guide.core.conf import DEFAULTS, guide_settings
from guide.core.units import metres_to_feet
from guide.itineraries.models import ItineraryPage

from .mentions import Mention
from .quantities import HEDGE, Quantity, quantities, spell_numbers
from .recorded import Facts
from .sources import Source, sources
from .text import clause_of, clause_spans, fold, sentences

# Elevations stated as a change ("climbs 650 m", "500 m above the lake") or a size.
RELATIVE_BEFORE = re.compile(
    r"(?<!\w)(?:(?:climb|ascent|descent|gain|loss|drop|rise)\s+of|climbs?|climbing|climbed|"
    r"ascends?|ascending|descends?|descending|gains?|gaining|loses|losing|lost|drops?|"
    rf"dropping|rises|rising|another|extra|further|plus)\s+(?:{HEDGE})?$"
)
RELATIVE_AFTER = re.compile(
    r"^\s*(?:\([^)]*\)\s*)?(?:above|below|higher|lower|up|down|uphill|downhill|from|away|"
    r"beyond|further|farther|past|short of|of (?:ascent|descent|climbing|gain|loss)|climb|"
    r"ascent|descent|gain|loss|drop|wide|long|deep|tall|across|more|less)(?!\w)"
)
SEA_LEVEL = re.compile(r"^\s*(?:\([^)]*\)\s*)?(?:above|below)\s+(?:the\s+)?sea")
# Distances to somewhere rather than of the route ("64 km north of Cusco").
ELSEWHERE_AFTER = re.compile(
    r"^\s*(?:\([^)]*\)\s*)?(?:north|south|east|west|away|from|beyond|past|before|after|short|"
    r"further|farther|outside|off|downstream|upstream)(?!\w)"
)
RIDING = re.compile(
    r"(?<!\w)(?:bus|buses|train|trains|van|vans|drive|drives|driving|car|cars|taxi|road|roads|"
    r"ride|rides|railway|minibus|transfer|flight|horseback)(?!\w)"
)
NOT_HIKING = re.compile(r"(?<!\w)(?:tour|visit|break|rest|lunch|wait|waiting|stop)(?!\w)")
TOTAL = re.compile(r"(?<!\w)(?:total|in all|altogether|whole|entire|overall|all told)(?!\w)")
ORDINALS = [
    "first",
    "second",
    "third",
    "fourth",
    "fifth",
    "sixth",
    "seventh",
    "eighth",
    "ninth",
    "tenth",
]
DAY = re.compile(rf"(?<!\w)day\s+(\d+)(?!\w)|(?<!\w)({'|'.join(ORDINALS)}|last|final)\s+day")
AFTER_WEIGHT = 1.5  # a place named before the number is the likelier subject


@dataclass(frozen=True)
class Finding:
    fact: str  # elevation, temperature, distance or hours
    sentence: str
    subject: str  # the place, or the itinerary or day whose figure is meant
    stated: str
    recorded: str
    field: str
    block_path: str

    def as_dict(self) -> dict:
        return dict(self.__dict__)


def tolerances() -> dict:
    return {**DEFAULTS["FACT_TOLERANCES"], **guide_settings.FACT_TOLERANCES}


def in_default_language(obj) -> bool:
    locale_id = getattr(obj, "locale_id", None)
    return locale_id is None or locale_id == Locale.get_default().pk


def check(obj, facts: Facts | None = None) -> list[Finding]:
    """The findings of one page (its specific, possibly unsaved, version) or snippet.

    Prose is read in the default language only: numbers, units and bounds are read the
    English way ('4,450 m', 'over'); a translation takes its figures from the original."""
    if not in_default_language(obj):
        return []
    facts = (facts or Facts.load()).seen_from(obj)
    reader = _Reader(obj, facts, tolerances())
    return [finding for source in sources(obj) for finding in reader.read(source)]


class _Reader:
    def __init__(self, obj, facts: Facts, tolerance: dict):
        self.facts = facts
        self.tolerance = tolerance
        self.itinerary = obj if isinstance(obj, ItineraryPage) else None
        self.days = self.itinerary.ordered_days() if self.itinerary else []

    def read(self, source: Source):
        for sentence in sentences(source.text):
            folded = fold(sentence)
            found = quantities(sentence, folded)
            if not found:
                continue
            context = _Sentence(sentence, folded, self.facts.names.mentions(folded))
            for quantity in found:
                result = getattr(self, quantity.kind)(quantity, context, source)
                if result:
                    subject, recorded = result
                    yield Finding(
                        fact=quantity.kind,
                        sentence=sentence,
                        subject=subject,
                        stated=_stated(quantity),
                        recorded=recorded,
                        field=source.field,
                        block_path=source.block_path,
                    )

    def elevation(self, quantity: Quantity, context: "_Sentence", source: Source):
        before = context.folded[: quantity.start]
        after = context.folded[quantity.end :]
        if not SEA_LEVEL.match(after) and (
            RELATIVE_BEFORE.search(before) or RELATIVE_AFTER.match(after)
        ):
            return None
        place = context.nearest(quantity) or source.place
        if place is None or place.elevation_m is None:
            return None
        value = Decimal(place.elevation_m)
        if not _disagrees(quantity, value, value, self.tolerance["elevation_m"]):
            return None
        return place.name, f"{place.elevation_m:,} m ({metres_to_feet(place.elevation_m):,} ft)"

    def temperature(self, quantity: Quantity, context: "_Sentence", source: Source):
        temperatures = self.facts.temperatures
        place = context.nearest(quantity, lambda p: p.pk in temperatures)
        if place is None and source.place is not None and source.place.pk in temperatures:
            place = source.place
        if place is None:
            return None
        known = temperatures[place.pk]
        if not _disagrees(quantity, known.low, known.high, self.tolerance["temperature_c"]):
            return None
        recorded = _span(known.low, known.high, " °C")
        return place.name, f"{recorded} ({known.note})" if known.note else recorded

    def distance(self, quantity: Quantity, context: "_Sentence", source: Source):
        if not self.itinerary or not self._about_walking(quantity, context, source):
            return None
        if ELSEWHERE_AFTER.match(context.folded[quantity.end :]):
            return None
        number, day = self._day(quantity, context, source)
        percent = Decimal(str(self.tolerance["distance_km_percent"])) / 100
        if day is not None:
            if not day.distance_km:
                return None
            value = Decimal(day.distance_km)
            if not _disagrees(quantity, value, value, value * percent):
                return None
            return f"day {number} ({day.title})", f"{_number(value)} km"
        total = Decimal(self.itinerary.total_distance_km or 0)
        if not total or not _disagrees(quantity, total, total, total * percent):
            return None
        day_distances = [Decimal(day.distance_km) for day in self.days if day.distance_km]
        if not TOTAL.search(context.clause(quantity)) and any(
            not _disagrees(quantity, km, km, km * percent) for km in day_distances
        ):
            return None  # a day's distance, named without its day
        return f"total distance of {self.itinerary.title}", f"{_number(total)} km"

    def hours(self, quantity: Quantity, context: "_Sentence", source: Source):
        if not self._about_walking(quantity, context, source):
            return None
        if NOT_HIKING.search(context.clause(quantity)):
            return None
        number, day = self._day(quantity, context, source)
        if day is None or day.hiking_hours_min is None:
            return None
        low, high = Decimal(day.hiking_hours_min), Decimal(day.hiking_hours_max)
        if not _disagrees(quantity, low, high, Decimal(str(self.tolerance["hours"]))):
            return None
        return f"day {number} ({day.title}) hiking hours", _span(low, high, " h")

    def _about_walking(self, quantity: Quantity, context: "_Sentence", source: Source) -> bool:
        return source.walking and not RIDING.search(context.clause(quantity))

    def _day(self, quantity: Quantity, context: "_Sentence", source: Source):
        """(number, day) that a distance or duration is about: a day named in the clause, or
        the day whose description it is; (None, None) for the itinerary as a whole."""
        named = DAY.search(spell_numbers(context.clause(quantity)))
        if named and self.days:
            if named.group(1):
                index = int(named.group(1)) - 1
            elif named.group(2) in ("last", "final"):
                index = len(self.days) - 1
            else:
                index = ORDINALS.index(named.group(2))
            if 0 <= index < len(self.days):
                return index + 1, self.days[index]
            return None, None
        if source.day is not None:
            return source.day_number, source.day
        return None, None


class _Sentence:
    def __init__(self, sentence: str, folded: str, mentions: list[Mention]):
        self.sentence = sentence
        self.folded = folded
        self.mentions = mentions
        self.spans = clause_spans(folded)

    def clause(self, quantity: Quantity) -> str:
        start, end = clause_of(self.spans, quantity.start)
        return self.folded[start:end]

    def nearest(self, quantity: Quantity, accept=lambda place: True):
        """The place named nearest the number in its clause, else the last one named before
        it in the sentence."""
        mentions = [m for m in self.mentions if accept(m.place)]
        start, end = clause_of(self.spans, quantity.start)
        inside = [m for m in mentions if start <= m.start and m.end <= end]
        if inside:
            return min(inside, key=lambda m: _distance(m, quantity)).place
        before = [m for m in mentions if m.end <= quantity.start]
        return before[-1].place if before else None


def _distance(mention: Mention, quantity: Quantity) -> float:
    if mention.end <= quantity.start:
        return quantity.start - mention.end
    return (mention.start - quantity.end) * AFTER_WEIGHT


def _disagrees(quantity: Quantity, low: Decimal, high: Decimal, tolerance) -> bool:
    """Whether the text's figure cannot describe a fact between low and high (a single value
    when they are equal), allowing `tolerance` either way."""
    tolerance = Decimal(str(tolerance))
    low, high = Decimal(low), Decimal(high)
    if quantity.bound == "min":
        return high < quantity.low - tolerance
    if quantity.bound == "max":
        return low > quantity.high + tolerance
    return quantity.high + tolerance < low or quantity.low - tolerance > high


def _stated(quantity: Quantity) -> str:
    prefix = {"min": "at least ", "max": "at most "}.get(quantity.bound, "")
    return prefix + quantity.stated


def _number(value: Decimal) -> str:
    return f"{value.normalize():f}"


def _span(low: Decimal, high: Decimal, unit: str) -> str:
    if low == high:
        return f"{_number(low)}{unit}"
    return f"{_number(low)}–{_number(high)}{unit}"
