"""The StreamField `body` as a discriminated union of its block schemas (guide.core.blocks)."""

from typing import Annotated, Literal

from ninja import Schema
from pydantic import Field, RootModel

from guide.core.blocks import CalloutBlock

from .common import GuideImage, GuidePlace

CalloutToneLiteral = Literal[  # type: ignore[valid-type]
    tuple(value for value, _ in CalloutBlock.base_blocks["tone"].field.choices if value)
]


class GuideImageBlockValue(Schema):
    image: GuideImage | None
    caption: str


class GuideCalloutBlockValue(Schema):
    tone: CalloutToneLiteral
    title: str
    text: str = Field(description="HTML.")


class GuidePlaceBlockValue(Schema):
    place: GuidePlace | None
    note: str


class GuideComparisonRow(Schema):
    label: str
    values: list[str] = Field(description="One value per column, in column order.")


class GuideComparisonBlockValue(Schema):
    title: str
    columns: list[str]
    rows: list[GuideComparisonRow]


class GuideHeadingBlock(Schema):
    type: Literal["heading"]
    id: str
    value: str


class GuideParagraphBlock(Schema):
    type: Literal["paragraph"]
    id: str
    value: str = Field(description="HTML, internal links resolved to frontend paths.")


class GuideImageBlock(Schema):
    type: Literal["image"]
    id: str
    value: GuideImageBlockValue


class GuideCalloutBlock(Schema):
    type: Literal["callout"]
    id: str
    value: GuideCalloutBlockValue


class GuidePlaceBlock(Schema):
    type: Literal["place"]
    id: str
    value: GuidePlaceBlockValue


class GuideComparisonBlock(Schema):
    type: Literal["comparison"]
    id: str
    value: GuideComparisonBlockValue


class GuideBodyBlock(
    RootModel[
        Annotated[
            GuideHeadingBlock
            | GuideParagraphBlock
            | GuideImageBlock
            | GuideCalloutBlock
            | GuidePlaceBlock
            | GuideComparisonBlock,
            Field(discriminator="type"),
        ]
    ]
):
    """One block of a page body; `type` says which."""


BODY_BLOCK_SCHEMAS = {
    schema.model_fields["type"].annotation.__args__[0]: schema
    for schema in (
        GuideHeadingBlock,
        GuideParagraphBlock,
        GuideImageBlock,
        GuideCalloutBlock,
        GuidePlaceBlock,
        GuideComparisonBlock,
    )
}
