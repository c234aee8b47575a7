"""Declarations of the home and index pages; page cards, search results and the page union."""

from typing import Annotated, Literal, Union

from ninja import Schema
from pydantic import Field, RootModel

from guide.communities.models import CommunityIndexPage
from guide.core.hero_images import hero_image_representation
from guide.core.pages import GuideHomePage, IndexPage
from guide.destinations.models import DestinationIndexPage
from guide.faqs.models import FAQIndexPage
from guide.itineraries.models import ItineraryIndexPage

from .. import resolvers
from ..declarations import From, declarations, declare
from .common import GuideFAQTopicGroup, GuideImage, GuidePageBase
from .destinations import GuidePlacePageCard
from .itineraries import GuideItineraryCard


def _type_names(keep) -> tuple[str, ...]:
    return tuple(schema.type_name for schema in declarations().values() if keep(schema))


class GuidePageCard(Schema):
    """Any guide page that has a listing card, as featured pages and search results show it."""

    type: Literal[_type_names(lambda schema: schema.card_schema)]  # type: ignore[valid-type]
    id: int
    title: str
    path: str
    summary: str
    hero_image: GuideImage | None


SEARCH_CARD_FIELDS = tuple(GuidePageCard.model_fields)


class GuideSearchResults(Schema):
    count: int
    items: list[GuidePageCard]


class GuideIndexBase(GuidePageBase):
    intro: Annotated[str, From("intro")]
    count: Annotated[int, From(resolvers.index_count)] = Field(
        description="How many pages the index lists in all."
    )


@declare(ItineraryIndexPage)
class GuideItineraryIndex(GuideIndexBase):
    type: Literal["itinerary_index"]
    items: Annotated[list[GuideItineraryCard], From(resolvers.index_items)]


@declare(DestinationIndexPage)
class GuideDestinationIndex(GuideIndexBase):
    type: Literal["destination_index"]
    items: Annotated[list[GuidePlacePageCard], From(resolvers.index_items)]


@declare(CommunityIndexPage)
class GuideCommunityIndex(GuideIndexBase):
    type: Literal["community_index"]
    items: Annotated[list[GuidePlacePageCard], From(resolvers.index_items)]


@declare(FAQIndexPage)
class GuideFAQIndex(GuidePageBase):
    type: Literal["faq_index"]
    intro: Annotated[str, From("intro")]
    topics: Annotated[list[GuideFAQTopicGroup], From(resolvers.all_faq_groups)]


class GuideSectionLink(Schema):
    type: Literal[  # type: ignore[valid-type]
        _type_names(lambda schema: issubclass(schema.page_model, IndexPage))
    ]
    id: int
    title: str
    path: str


@declare(GuideHomePage)
class GuideHome(GuidePageBase):
    type: Literal["home"]
    intro: Annotated[str, From("intro")]
    hero_image: Annotated[GuideImage | None, From(hero_image_representation)]
    featured: Annotated[list[GuidePageCard], From(resolvers.featured)]
    sections: Annotated[list[GuideSectionLink], From(resolvers.sections)] = Field(
        description="The index pages under the home page."
    )


class GuideFAQList(Schema):
    count: int = Field(description="How many FAQs, across all topics.")
    topics: list[GuideFAQTopicGroup]


# Every declared page type: the union is made from the declarations, not kept by hand.
AnyGuidePage = Union[tuple(declarations().values())]  # noqa: UP007 (a runtime tuple of types)


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
