"""Schemas of destinations and community profiles."""

from typing import Literal

from ninja import Schema
from pydantic import Field

from guide.communities.blocks import ExperienceBlock

from .blocks import GuideBodyBlock
from .common import (
    GuideDuration,
    GuideFAQ,
    GuideImage,
    GuidePageBase,
    GuidePageLink,
    GuidePlace,
    GuideSeasonMonth,
    GuideTemperature,
    TransportModeLiteral,
)

ExperienceKindLiteral = Literal[  # type: ignore[valid-type]
    tuple(value for value, _ in ExperienceBlock.base_blocks["kind"].field.choices if value)
]


class GuidePlacePageCard(Schema):
    """A destination or community as a listing shows it."""

    id: int
    title: str
    path: str
    summary: str
    hero_image: GuideImage | None
    place: GuidePlace


class GuideDestinationList(Schema):
    count: int
    items: list[GuidePlacePageCard]


class GuideCommunityList(Schema):
    count: int
    items: list[GuidePlacePageCard]


class GuideTemperatureRange(Schema):
    min: GuideTemperature | None
    max: GuideTemperature | None
    note: str


class GuideAccessRoute(Schema):
    mode: TransportModeLiteral
    from_place: GuidePlace
    duration_min: GuideDuration
    duration_max: GuideDuration
    notes: str


class GuideDestination(GuidePageBase):
    type: Literal["destination"]
    summary: str
    hero_image: GuideImage | None
    place: GuidePlace
    temperature: GuideTemperatureRange | None
    pool_count: int | None
    facilities: list[str]
    access_routes: list[GuideAccessRoute]
    season: list[GuideSeasonMonth]
    related_destinations: list[GuidePageLink]
    faqs: list[GuideFAQ]
    body: list[GuideBodyBlock]


class GuideExperience(Schema):
    kind: ExperienceKindLiteral
    title: str
    description: str


class GuideCommunity(GuidePageBase):
    type: Literal["community"]
    summary: str
    hero_image: GuideImage | None
    place: GuidePlace
    languages: list[str]
    known_for: list[str]
    traditions: str = Field(description="HTML.")
    experiences: list[GuideExperience]
    etiquette: list[str]
    itineraries: list[GuidePageLink] = Field(
        description="Published itineraries that start, end, pass or sleep at this village."
    )
    body: list[GuideBodyBlock]
