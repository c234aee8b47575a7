"""Schemas of the home and index pages, page cards, search results and the page union."""

from typing import Annotated, Literal

from ninja import Schema
from pydantic import Field, RootModel

from .common import GuideFAQTopicGroup, GuideImage, GuidePageBase
from .destinations import GuideCommunity, GuideDestination, GuidePlacePageCard
from .itineraries import GuideItinerary, GuideItineraryCard

CardTypeLiteral = Literal["itinerary", "destination", "community"]
IndexTypeLiteral = Literal["itinerary_index", "destination_index", "community_index", "faq_index"]


class GuidePageCard(Schema):
    """Any guide page as a card: featured pages and search results."""

    type: CardTypeLiteral
    id: int
    title: str
    path: str
    summary: str
    hero_image: GuideImage | None


class GuideSearchResults(Schema):
    count: int
    items: list[GuidePageCard]


class GuideSectionLink(Schema):
    type: IndexTypeLiteral
    id: int
    title: str
    path: str


class GuideHome(GuidePageBase):
    type: Literal["home"]
    intro: str
    hero_image: GuideImage | None
    featured: list[GuidePageCard]
    sections: list[GuideSectionLink] = Field(description="The index pages under the home page.")


class GuideIndexBase(GuidePageBase):
    intro: str
    count: int = Field(description="How many pages the index lists in all.")


class GuideItineraryIndex(GuideIndexBase):
    type: Literal["itinerary_index"]
    items: list[GuideItineraryCard]


class GuideDestinationIndex(GuideIndexBase):
    type: Literal["destination_index"]
    items: list[GuidePlacePageCard]


class GuideCommunityIndex(GuideIndexBase):
    type: Literal["community_index"]
    items: list[GuidePlacePageCard]


class GuideFAQIndex(GuidePageBase):
    type: Literal["faq_index"]
    intro: str
    topics: list[GuideFAQTopicGroup]


class GuideFAQList(Schema):
    count: int = Field(description="How many FAQs, across all topics.")
    topics: list[GuideFAQTopicGroup]


class GuidePage(
    RootModel[
        Annotated[
            GuideItinerary
            | GuideDestination
            | GuideCommunity
            | GuideHome
            | GuideItineraryIndex
            | GuideDestinationIndex
            | GuideCommunityIndex
            | GuideFAQIndex,
            Field(discriminator="type"),
        ]
    ]
):
    """Any guide page, told apart by `type`."""
