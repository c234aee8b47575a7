"""Schemas of destinations and community profiles."""

from typing import Annotated, Literal

from ninja import Schema
from pydantic import Field

from guide.communities.blocks import ExperienceBlock
from guide.communities.models import CommunityProfilePage
from guide.communities.representations import experiences_representation
from guide.core.api_fields import text_list
from guide.core.hero_images import hero_image_representation
from guide.core.representations import place_representation, rich_text_representation
from guide.destinations.models import AmountUnit, DestinationPage, Likelihood, TimeOfDay
from guide.destinations.representations import (
    access_route_representation,
    opening_representation,
    plant_representation,
    pools_representation,
    temperature_range_representation,
    water_component_representation,
    wildlife_representation,
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
TimeOfDayLiteral = Literal[tuple(TimeOfDay.values)]  # type: ignore[valid-type]
LikelihoodLiteral = Literal[tuple(Likelihood.values)]  # type: ignore[valid-type]
AmountUnitLiteral = Literal[tuple(AmountUnit.values)]  # type: ignore[valid-type]


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


class GuidePoolCount(Schema):
    """How many pools a hot spring has: a range, since sources count differently."""

    min: int = Field(ge=1)
    max: int = Field(ge=1, description="Equal to min when the count is certain.")
    note: str = Field(description="Why the counts differ, or what they include.")


class GuideOpening(Schema):
    all_year: bool
    months: list[int] = Field(
        description="Months (1-12) it opens, in calendar order; empty when open all year or "
        "when not known."
    )
    hours: str = Field(description="Opening hours as text, e.g. 'Daily, 5 am to 9 pm'.")
    best_time_of_day: TimeOfDayLiteral | None
    best_time_note: str = Field(description="Why that time of day is best.")


class GuideAmount(Schema):
    value: float
    unit: AmountUnitLiteral


class GuideWaterComponent(Schema):
    name: str = Field(description="A mineral or dissolved gas.")
    amount: GuideAmount | None
    note: str


class GuideWildlife(Schema):
    species: str
    where: str = Field(description="Where in or around the destination.")
    likelihood: LikelihoodLiteral


class GuidePlant(Schema):
    name: str
    local_name: str = Field(description="Its local or Quechua name; may be empty.")
    use: str = Field(description="What people traditionally use it for.")


class GuideRelatedDestination(GuidePageLink):
    note: str = Field(description="Why it is related, or how to combine the two.")


class GuideExperience(Schema):
    kind: ExperienceKindLiteral
    title: str
    duration: GuideDuration | None = Field(description="How long it usually takes.")
    bookable: bool = Field(description="Whether visitors can arrange it ahead.")
    description: str


def _communities(page, visibility) -> list[dict]:
    return [visibility.link(community) for community in page.public_communities(visibility)]


@declare(
    DestinationPage,
    card=("summary", "hero_image", "place"),
    card_name="GuidePlacePageCard",
    card_doc="A destination or community as a listing shows it.",
)
class GuideDestination(GuidePageBase):
    type: Literal["destination"]
    summary: Annotated[str, From("summary")]
    hero_image: Annotated[GuideImage | None, From(hero_image_representation)]
    place: Annotated[GuidePlace, From("place", place_representation)]
    temperature: Annotated[
        GuideTemperatureRange | None, From(lambda page, _: temperature_range_representation(page))
    ]
    pools: Annotated[GuidePoolCount | None, From(lambda page, _: pools_representation(page))]
    water_composition: Annotated[
        list[GuideWaterComponent], From("water_components", many(water_component_representation))
    ]
    opening: Annotated[GuideOpening | None, From(lambda page, _: opening_representation(page))]
    facilities: Annotated[list[str], From("facilities", text_list)]
    experiences: Annotated[list[GuideExperience], From("experiences", experiences_representation)]
    wildlife: Annotated[list[GuideWildlife], From("wildlife", many(wildlife_representation))]
    plants: Annotated[list[GuidePlant], From("plants", many(plant_representation))]
    access_routes: Annotated[
        list[GuideAccessRoute], From("access_routes", many(access_route_representation))
    ]
    season: Annotated[
        list[GuideSeasonMonth], From("season_months", many(season_month_representation))
    ]
    related_destinations: Annotated[
        list[GuideRelatedDestination], From(resolvers.related_destinations)
    ]
    communities: Annotated[list[GuidePageLink], From(_communities)] = Field(
        description="Published community profiles in or near the destination, as the editor "
        "chose them."
    )
    faqs: Annotated[list[GuideFAQ], From(resolvers.faqs)]
    body: Annotated[list[GuideBodyBlock], From(resolvers.body)]


GuidePlacePageCard = GuideDestination.card_schema


class GuideDestinationList(Schema):
    count: int
    items: list[GuidePlacePageCard]


class GuideCommunityList(Schema):
    count: int
    items: list[GuidePlacePageCard]


@declare(CommunityProfilePage, card=GuidePlacePageCard)
class GuideCommunity(GuidePageBase):
    type: Literal["community"]
    summary: Annotated[str, From("summary")]
    hero_image: Annotated[GuideImage | None, From(hero_image_representation)]
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
