"""What every builder shares: the objects built so far, progress output and value converters."""

import json
import re
from collections.abc import Callable

from wagtail.images import get_image_model

from guide.demo.content.pictures import PICTURES
from guide.demo.images import image_file

ELEVATION_MARK = re.compile(r"\[\[elevation:([a-z0-9-]+)\]\]")


class Demo:
    """The state of one run: places, FAQs and pictures by key, and where progress goes."""

    def __init__(self, write: Callable[[str], None]):
        self.write = write
        self.places = {}
        self.faqs = {}
        self.pictures = {}
        self.new_pictures = 0

    def report(self, label: str, total: int, new: int, extra: str = "") -> None:
        self.write(f"{label}: {total} ({new} new){extra}")

    # Text -----------------------------------------------------------------------------------

    def text(self, value: str) -> str:
        """Replaces [[elevation:place-slug]] with the place's elevation, so texts agree with it."""

        def elevation(match: re.Match) -> str:
            place = self.places[match.group(1)]
            return f"{place.elevation_m:,} m ({place.elevation_ft:,} ft)"

        return ELEVATION_MARK.sub(elevation, value)

    def text_list(self, items: list[str]) -> str:
        """The raw JSON of a text_list_field."""
        return json.dumps([{"type": "item", "value": self.text(item)} for item in items])

    def body(self, blocks: list[tuple]) -> str:
        """The raw JSON of a body_field from the tuples described in content/destinations.py."""
        return json.dumps([self._block(block) for block in blocks])

    def _block(self, block: tuple) -> dict:
        kind, *args = block
        if kind == "heading":
            (value,) = args
        elif kind == "paragraph":
            value = self.text(args[0])
        elif kind == "place":
            slug, note = args
            value = {"place": self.places[slug].pk, "note": note}
        elif kind == "callout":
            tone, title, html = args
            value = {"tone": tone, "title": title, "text": self.text(html)}
        elif kind == "comparison":
            title, columns, rows = args
            value = {
                "title": title,
                "columns": columns,
                "rows": [
                    {"label": label, "values": [self.text(cell) for cell in cells]}
                    for label, cells in rows
                ],
            }
        else:
            raise ValueError(f"Unknown body block {kind!r}")
        return {"type": kind, "value": value}

    # Pictures -------------------------------------------------------------------------------

    def picture(self, key: str):
        """The Wagtail image for a picture key, generated and saved the first time it is asked for.

        Looked up by title, so a second run reuses the image instead of making a copy.
        """
        if key in self.pictures:
            return self.pictures[key]
        title, alt_text, scene = PICTURES[key]
        image_model = get_image_model()
        image = image_model.objects.filter(title=title).order_by("pk").first()
        if image is None:
            image = image_model(title=title, description=alt_text, file=image_file(key, scene))
            image._set_image_file_metadata()
            image.save()
            self.new_pictures += 1
        self.pictures[key] = image
        return image
