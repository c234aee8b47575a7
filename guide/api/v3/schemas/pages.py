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


AnyGuidePage = (
    GuideItinerary
    | GuideDestination
    | GuideCommunity
    | GuideHome
    | GuideItineraryIndex
    | GuideDestinationIndex
    | GuideCommunityIndex
    | GuideFAQIndex
)


class GuidePage(RootModel[Annotated[AnyGuidePage, Field(discriminator="type")]]):
    """Any guide page, told apart by `type`."""


class GuideRedirect(Schema):
    """A redirect an editor set up in Wagtail's Redirects."""

    type: Literal["redirect"]
    old_path: str = Field(description="The path the redirect is from, as Wagtail stores it.")
    location: str = Field(description="Where to go: a path on the site or an absolute URL.")
    permanent: bool = Field(description="Answer 301 when true, 302 when false.")


class GuidePathAnswer(
    RootModel[Annotated[AnyGuidePage | GuideRedirect, Field(discriminator="type")]]
):
    """What answers at a path: the published page there or, where there is none, the editor's
    redirect from it (`type` "redirect"), so a frontend asks once per path."""
