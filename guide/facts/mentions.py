"""Places named in a folded sentence, by name or alias, ignoring case and accents."""

import re
from dataclasses import dataclass

from guide.places.models import Place

from .text import fold

# "the Lares trek" names a route, not the town.
ROUTE_NOUN = re.compile(r"\s+(?:trek|trail|route|hike|circuit|tour|loop|walk)s?\b")


@dataclass(frozen=True)
class Mention:
    place: Place
    start: int
    end: int


class PlaceNames:
    """Every place's name and aliases as one pattern; longer names win ("Lares hot springs"
    over "Lares")."""

    def __init__(self, places):
        self.by_name = {}
        for place in places:
            for name in [place.name, *place.alias_list]:
                self.by_name.setdefault(" ".join(fold(name).split()), place)
        names = sorted(self.by_name, key=len, reverse=True)
        alternatives = "|".join(re.escape(name).replace(r"\ ", r"\s+") for name in names)
        self.pattern = re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)") if names else None

    def mentions(self, folded: str) -> list[Mention]:
        if self.pattern is None:
            return []
        found = []
        for match in self.pattern.finditer(folded):
            if ROUTE_NOUN.match(folded, match.end()):
                continue
            place = self.by_name[" ".join(match.group().split())]
            found.append(Mention(place, match.start(), match.end()))
        return found
