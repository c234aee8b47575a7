"""The prose of a page or snippet, field by field and block by block, with what it is about.

Every text field, rich text field and StreamField text block (inside structs, lists and nested
streams) is read, and so are the texts of inline children (an itinerary's days, their
transport notes, alternatives' notes). What records figures on purpose is left out: a place's
sources and source_note list the figures other sources give.
"""

from collections.abc import Iterator
from dataclasses import dataclass, replace

from django.db import models
from modelcluster.models import get_all_child_relations
from wagtail import blocks
from wagtail.fields import StreamField

from guide.destinations.models import DestinationAccessRoute
from guide.itineraries.models import ItineraryDay, TransportLeg
from guide.places.models import Place, PlaceSource

from .text import html_to_text

SKIP_FIELDS = {"path", "draft_title", "slug", "url_path", "aliases", "source_note"}
# Rides, not walks: their hours and distances are not the day's hiking.
RIDES = (TransportLeg, DestinationAccessRoute)
RECORDS = (PlaceSource,)


@dataclass(frozen=True)
class Source:
    field: str  # "body", "days[2].description"
    block_path: str  # "3.callout.text", or "" outside StreamFields
    text: str
    place: Place | None = None  # what the text is about when it names no place (a place block)
    day: ItineraryDay | None = None  # the day the text describes
    day_number: int | None = None
    walking: bool = True  # False for transport notes


def sources(obj) -> Iterator[Source]:
    yield from _object_sources(obj, "", Source("", "", "", place=_own_place(obj)))


def _own_place(obj) -> Place | None:
    return obj if isinstance(obj, Place) else None


def _is_prose(field) -> bool:
    if field.name in SKIP_FIELDS or getattr(field, "choices", None):
        return False
    if isinstance(field, models.EmailField | models.URLField | models.SlugField):
        return False
    return isinstance(field, models.CharField | models.TextField | StreamField)


def _object_sources(obj, prefix: str, context: Source) -> Iterator[Source]:
    for field in obj._meta.concrete_fields:
        if not _is_prose(field):
            continue
        value = getattr(obj, field.attname)
        name = prefix + field.name
        if isinstance(field, StreamField):
            yield from _stream_sources(value, name, "", context)
        elif value:
            yield _with(context, name, "", html_to_text(str(value)))
    for relation in get_all_child_relations(type(obj)):
        if issubclass(relation.related_model, RECORDS):
            continue
        accessor = relation.get_accessor_name()
        for number, child in enumerate(getattr(obj, accessor).all(), start=1):
            child_context = context
            if isinstance(child, ItineraryDay):
                child_context = replace(context, day=child, day_number=number)
            if isinstance(child, RIDES):
                child_context = replace(child_context, walking=False)
            yield from _object_sources(child, f"{prefix}{accessor}[{number}].", child_context)


def _stream_sources(value, field: str, path: str, context: Source) -> Iterator[Source]:
    for index, child in enumerate(value or []):
        child_path = f"{path}{index}.{child.block_type}"
        yield from _block_sources(child.block, child.value, field, child_path, context)


def _block_sources(block, value, field: str, path: str, context: Source) -> Iterator[Source]:
    if isinstance(block, blocks.RichTextBlock):
        source = value.source if value else ""
        if source:
            yield _with(context, field, path, html_to_text(source))
    elif isinstance(block, blocks.CharBlock | blocks.TextBlock):
        if value:
            yield _with(context, field, path, str(value))
    elif isinstance(block, blocks.StructBlock) and isinstance(value, blocks.StructValue):
        # (Wagtail's ImageBlock is a StructBlock whose value is the image: no prose to read.)
        chosen = next((item for item in value.values() if isinstance(item, Place)), None)
        struct_context = replace(context, place=chosen) if chosen else context
        for name, child_block in block.child_blocks.items():
            yield from _block_sources(
                child_block, value.get(name), field, f"{path}.{name}", struct_context
            )
    elif isinstance(block, blocks.ListBlock):
        for index, item in enumerate(value or []):
            yield from _block_sources(block.child_block, item, field, f"{path}.{index}", context)
    elif isinstance(block, blocks.StreamBlock):
        yield from _stream_sources(value, field, f"{path}.", context)


def _with(context: Source, field: str, path: str, text: str) -> Source:
    return replace(context, field=field, block_path=path, text=text)
