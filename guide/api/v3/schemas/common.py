"""Schemas of the values every guide payload shares: units, images, places, FAQs, links, errors.

Every schema's name starts with `Guide` so that the OpenAPI document keeps the guide's
contract apart from Wagtail's own page schemas (`scripts/check-openapi-types` relies on it).
Response fields have no defaults: a field that can be empty is `X | None`, never optional, so
generated TypeScript types say `field: X | null` rather than `field?: X`.
"""

from datetime import date, datetime
from enum import Enum
from typing import Annotated, Literal

from ninja import Schema
from pydantic import Field
from typing_extensions import TypeAliasType

from guide.core.choices import SeasonRating, TransportMode
from guide.core.locales import language_codes
from guide.places.models import FactKind, PlaceKind
from guide.places.precision import Precision

from .. import resolvers
from ..declarations import From

PlaceKindLiteral = Literal[tuple(PlaceKind.values)]  # type: ignore[valid-type]
PrecisionLiteral = Literal[tuple(Precision.values)]  # type: ignore[valid-type]
FactKindLiteral = Literal[tuple(FactKind.values)]  # type: ignore[valid-type]
TransportModeLiteral = Literal[tuple(TransportMode.values)]  # type: ignore[valid-type]
SeasonRatingLiteral = Literal[tuple(SeasonRating.values)]  # type: ignore[valid-type]
# The configured content languages (WAGTAIL_CONTENT_LANGUAGES), the default first.
GuideLocale = Enum("GuideLocale", {code: code for code in language_codes()}, type=str)


class GuideError(Schema):
    """Every 4xx answer of the guide's routes."""

    message: str = Field(description="What was wrong, naming the parameter or the missing item.")
    param: str | None = Field(
        description="The query or path parameter at fault, when there is one."
    )


class GuideOperator(Schema):
    """Who publishes the guide (the operator settings of the site); empty strings when unset."""

    name: str
    email: str
    phone: str = Field(description="With country code.")
    website: str
    address: str


class GuideElevation(Schema):
    m: int = Field(description="Metres above sea level.")
    ft: int = Field(description="Feet, derived from the metres.")


class GuideDistance(Schema):
    km: float
    mi: float


class GuideDuration(Schema):
    minutes: int
    text: str = Field(description="The duration as a timetable reads it, e.g. '3 h 20 min'.")


class GuideTemperature(Schema):
    c: int = Field(description="Degrees Celsius.")
    f: int = Field(description="Degrees Fahrenheit, derived from the Celsius value.")


class GuideCoordinates(Schema):
    lat: float
    lon: float


class GuideImageSource(Schema):
    url: str
    width: int


class GuideImage(Schema):
    """An image as renditions: the largest as url/width/height, all of them as a srcset."""

    url: str
    width: int
    height: int
    alt: str = Field(
        description="The image's description, else its title; empty for a hero image the "
        "editor marked decorative."
    )
    srcset: list[GuideImageSource]


class GuideFactPrecision(Schema):
    precision: PrecisionLiteral = Field(
        description="'unknown' comes with no figure (null); 'approximate' with a margin."
    )
    margin_m: int | None = Field(description="± metres, for an approximate figure.")


class GuidePlacePrecision(Schema):
    elevation: GuideFactPrecision
    coordinates: GuideFactPrecision


class GuideFactSource(Schema):
    title: str
    url: str | None
    fact: FactKindLiteral = Field(description="Which of the place's facts the source gives.")
    figure: str = Field(description="The figure as the source states it, e.g. '4,500 m'.")
    elevation: GuideElevation | None = Field(
        description="An elevation source's figure in metres and feet, to compare with ours."
    )
    checked_on: date = Field(description="When the source was last checked.")


class GuidePlace(Schema):
    id: int
    slug: str
    name: str
    kind: PlaceKindLiteral
    elevation: GuideElevation | None = Field(description="null when the elevation is unknown.")
    coordinates: GuideCoordinates | None = Field(description="null when they are unknown.")
    precision: GuidePlacePrecision


class GuidePlaceDetail(GuidePlace):
    aliases: list[str] = Field(description="Other spellings of the name.")
    description: str
    sources: list[GuideFactSource] = Field(
        description="Where the facts come from, including sources that give other figures."
    )
    source_note: str = Field(description="What the list of sources cannot say.")


class GuideFAQTopic(Schema):
    id: int
    slug: str
    name: str


class GuideFAQ(Schema):
    id: int
    question: str
    answer: str = Field(description="HTML, internal links resolved to frontend paths.")
    topic: GuideFAQTopic


class GuideFAQTopicGroup(Schema):
    topic: GuideFAQTopic
    faqs: list[GuideFAQ]


class GuideSeasonMonth(Schema):
    month: int = Field(ge=1, le=12)
    rating: SeasonRatingLiteral
    note: str


class GuidePageLink(Schema):
    id: int
    title: str
    path: str = Field(description="The page's path from the site root, e.g. '/lares/'.")


# JSON-LD is schema.org's open vocabulary, so it is typed as what it is: any JSON value.
GuideJsonValue = TypeAliasType(
    "GuideJsonValue",
    "str | int | float | bool | None | list[GuideJsonValue] | dict[str, GuideJsonValue]",
)


class GuideTranslation(Schema):
    """Another language's version of a page."""

    locale: GuideLocale
    path: str = Field(description="Its path, with the language prefix: '/es/lares/'.")
    title: str


class GuidePageBase(Schema):
    """What every guide page payload starts with. Each page's declaration narrows `type`."""

    type: str = Field(description="The page type; tells the schemas of the GuidePage union apart.")
    id: Annotated[int, From("pk")]
    title: Annotated[str, From("title")]
    path: Annotated[str, From(resolvers.path)] = Field(
        description="The page's path from the site root, e.g. '/lares/'."
    )
    seo_title: Annotated[str, From("seo_title")]
    search_description: Annotated[str, From("search_description")]
    first_published_at: Annotated[datetime | None, From("first_published_at")]
    last_published_at: Annotated[datetime | None, From("last_published_at")]
    structured_data: Annotated[
        dict[str, GuideJsonValue] | None, From(resolvers.structured_data)
    ] = Field(description='schema.org JSON-LD for the page\'s <script type="application/ld+json">.')
    locale: Annotated[GuideLocale, From(resolvers.language)] = Field(
        description="The page's language."
    )
    translations: Annotated[list[GuideTranslation], From(resolvers.translations)] = Field(
        description="The page's public versions in the other languages (hreflang alternates)."
    )


class GuidePlaceList(Schema):
    count: int
    items: list[GuidePlace]
