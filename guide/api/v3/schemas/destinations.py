"""Schemas of destinations and community profiles."""

from typing import Annotated, Literal

from ninja import Schema
from pydantic import Field

from guide.communities.blocks import ExperienceBlock
from guide.communities.models import CommunityProfilePage
from guide.communities.representations import experiences_representation
from guide.core.api_fields import text_list
from guide.core.representations import (
    image_representation,
    place_representation,
    rich_text_representation,
)
from guide.destinations.models import DestinationPage
from guide.destinations.representations import (
    access_route_representation,
    temperature_range_representation,
)
from guide.itineraries.representations import season_month_representation

from .. import resolvers
from ..declarations import From, declare, many
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


@declare(
    DestinationPage,
    card=("summary", "hero_image", "place"),
    card_name="GuidePlacePageCard",
    card_doc="A destination or community as a listing shows it.",
)
class GuideDestination(GuidePageBase):
    type: Literal["destination"]
    summary: Annotated[str, From("summary")]
    hero_image: Annotated[GuideImage | None, From("hero_image", image_representation)]
    place: Annotated[GuidePlace, From("place", place_representation)]
    temperature: Annotated[
        GuideTemperatureRange | None, From(lambda page, _: temperature_range_representation(page))
    ]
    pool_count: Annotated[int | None, From("pool_count")]
    facilities: Annotated[list[str], From("facilities", text_list)]
    access_routes: Annotated[
        list[GuideAccessRoute], From("access_routes", many(access_route_representation))
    ]
    season: Annotated[
        list[GuideSeasonMonth], From("season_months", many(season_month_representation))
    ]
    related_destinations: Annotated[list[GuidePageLink], From(resolvers.related_destinations)]
    faqs: Annotated[list[GuideFAQ], From(resolvers.faqs)]
    body: Annotated[list[GuideBodyBlock], From(resolvers.body)]


GuidePlacePageCard = GuideDestination.card_schema


class GuideDestinationList(Schema):
    count: int
    items: list[GuidePlacePageCard]


class GuideCommunityList(Schema):
    count: int
    items: list[GuidePlacePageCard]


class GuideExperience(Schema):
    kind: ExperienceKindLiteral
    title: str
    description: str


@declare(CommunityProfilePage, card=GuidePlacePageCard)
class GuideCommunity(GuidePageBase):
    type: Literal["community"]
    summary: Annotated[str, From("summary")]
    hero_image: Annotated[GuideImage | None, From("hero_image", image_representation)]
    place: Annotated[GuidePlace, From("place", place_representation)]
    languages: Annotated[list[str], From("languages", text_list)]
    known_for: Annotated[list[str], From("known_for", text_list)]
    traditions: Annotated[str, From("traditions", rich_text_representation)] = Field(
        description="HTML."
    )
    experiences: Annotated[list[GuideExperience], From("experiences", experiences_representation)]
    etiquette: Annotated[list[str], From("etiquette", text_list)]
    itineraries: Annotated[list[GuidePageLink], From(resolvers.itineraries_passing)] = Field(
        description="Published itineraries that start, end, pass or sleep at this village."
    )
    body: Annotated[list[GuideBodyBlock], From(resolvers.body)]
