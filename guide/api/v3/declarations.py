"""One declaration per page type: its v3 schema, which also says how each field is resolved.

    @declare(ItineraryPage, card=("summary", "hero_image", ...))
    class GuideItinerary(GuidePageBase):
        type: Literal["itinerary"]
        difficulty: Annotated[DifficultyLiteral, From("difficulty")]
        max_altitude: Annotated[GuideElevation | None, From("max_altitude_m", elevation)]
        communities: Annotated[list[GuidePageLink], From(communities_visited)]

From that one class come the v3 schema and OpenAPI (it is the schema), the v3 payload
(`payload()`), the listing card and its schema (`card_fields`), API v2's fields for the model
(`v2_fields()`), and the registry of page types (`declarations()`). Adding a field means adding
it to the model and to its declaration; nothing else is kept in step by hand.
"""

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, get_args

from ninja import Schema
from pydantic import BaseModel, create_model
from rest_framework import serializers
from wagtail.api import APIField

_DECLARATIONS: dict[type, type[BaseModel]] = {}
CARD_DOC = "A %s as a listing shows it."


@dataclass(frozen=True)
class From:
    """Where a field's value comes from.

    ``value`` is an attribute of the page (called when it is a method) or a function
    ``(page, visibility) -> value``; ``shape``, when given, turns the attribute's value into
    its JSON shape (one of the representation functions).
    """

    value: str | Callable
    shape: Callable | None = None

    def resolve(self, page, visibility) -> Any:
        if callable(self.value):
            return self.value(page, visibility)
        value = getattr(page, self.value)
        if callable(value) and not hasattr(value, "all"):
            value = value()
        return self.shape(value) if self.shape else value


def resolver(schema: type[BaseModel], name: str) -> From | None:
    return next(
        (item for item in schema.model_fields[name].metadata if isinstance(item, From)), None
    )


def payload(schema: type[BaseModel], page, visibility) -> dict:
    """The page's JSON as ``schema`` declares it: every field through its resolver."""
    values = {"type": schema.type_name}
    for name in schema.model_fields:
        source = resolver(schema, name)
        if source is not None:
            values[name] = source.resolve(page, visibility)
    return values


def many(shape: Callable) -> Callable:
    """A shape for a related manager: each related object shaped in turn."""
    return lambda manager: [shape(item) for item in manager.all()]


def declare(
    model,
    *,
    card: tuple[str, ...] | type[BaseModel] = (),
    card_name: str = "",
    card_doc: str = "",
):
    """Register ``schema`` as the API of ``model`` (and of its subclasses, for abstract bases).

    ``card`` names the fields a listing shows, after id, title and path, and makes the card's
    schema (``card_name``, by default the schema's name + "Card"); or it is the card schema of
    another declaration whose cards look the same.
    """

    def register(schema: type[BaseModel]) -> type[BaseModel]:
        schema.page_model = model
        schema.type_name = get_args(schema.model_fields["type"].annotation)[0]
        schema.card_schema = None
        schema.card_fields = ()
        if isinstance(card, type):
            schema.card_schema, schema.card_fields = card, tuple(card.model_fields)
        elif card:
            schema.card_fields = ("id", "title", "path", *card)
            fields = {name: _copy_field(schema, name) for name in schema.card_fields}
            schema.card_schema = create_model(
                card_name or f"{schema.__name__}Card",
                __base__=Schema,
                __doc__=card_doc or CARD_DOC % model._meta.verbose_name,
                **fields,
            )
        _DECLARATIONS[model] = schema
        return schema

    return register


def _copy_field(schema, name) -> tuple:
    field = schema.model_fields[name]
    return (field.annotation, field)


class DeclaredV2Field(serializers.Field):
    """An API v2 field: its value in the page's stored JSON when the view attached it, else
    resolved by its declaration with the request's visibility for links."""

    def __init__(self, source: From, **kwargs):
        super().__init__(read_only=True, source="*", **kwargs)
        self.declared = source

    def to_representation(self, page) -> Any:
        from guide.core.visibility import Visibility

        stored = getattr(page, "stored_api_values", None)  # the page's stored v3 JSON, if any
        if stored is not None and self.field_name in stored:
            return stored[self.field_name]

        # Wagtail's own v3 routes call this without a request: the rule then has no site.
        request = self.context.get("request")
        visibility = Visibility.for_request(request) if request else Visibility.public()
        return self.declared.resolve(page, visibility)


def v2_fields(schema: type[BaseModel]) -> list[APIField]:
    """API v2's fields: each field the declaration adds to the page base, plus structured data."""
    base = schema.__bases__[0].model_fields  # the page base: v2 has these in its own way
    names = [name for name in schema.model_fields if name not in base]
    names.append("structured_data")
    return [APIField(name, serializer=DeclaredV2Field(resolver(schema, name))) for name in names]


def declaration_for(model) -> type[BaseModel] | None:
    """The declaration of ``model`` or of the nearest base that has one."""
    return next((_DECLARATIONS[base] for base in model.__mro__ if base in _DECLARATIONS), None)


def declarations() -> dict[type, type[BaseModel]]:
    return dict(_DECLARATIONS)
