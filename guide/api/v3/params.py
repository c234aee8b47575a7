"""Query parameters shared by the guide's listings: strictness and limit/offset pagination."""

from django.http import HttpRequest
from ninja import Schema
from pydantic import Field, field_validator

from guide.core.conf import guide_settings
from guide.core.locales import default_language

from .errors import BadRequest
from .schemas.common import GuideLocale

DEFAULT_LIMIT = 20
MAX_OFFSET = 1_000_000


class PaginationParams(Schema):
    limit: int = Field(
        default=DEFAULT_LIMIT,
        ge=1,
        # The maximum is checked against the setting at request time; documented as it is now.
        json_schema_extra={"maximum": guide_settings.MAX_PAGE_SIZE},
        description="How many items to return, at most the GUIDE['MAX_PAGE_SIZE'] setting.",
    )
    offset: int = Field(default=0, ge=0, le=MAX_OFFSET, description="How many items to skip.")

    @field_validator("limit")
    @classmethod
    def limit_within_max(cls, value: int) -> int:
        maximum = guide_settings.MAX_PAGE_SIZE
        if value > maximum:
            raise ValueError(f"cannot be higher than {maximum}")
        return value

    def window(self, items):
        """The requested slice of a queryset or list."""
        return items[self.offset : self.offset + self.limit]


class LocaleParams(Schema):
    locale: GuideLocale | None = Field(
        default=None,
        description=(
            "A listing: the pages in this language (default: the default language). "
            "A page: its version in this language (404 when it has none)."
        ),
    )

    @property
    def language(self) -> str:
        """The language a listing is in: `locale`, else the default one."""
        return self.locale.value if self.locale else default_language()

    @property
    def version(self) -> str | None:
        """The language a detail asks for; None for the page as it is."""
        return self.locale.value if self.locale else None


class FieldsParams(LocaleParams):
    fields: str | None = Field(
        default=None,
        max_length=1000,
        pattern=r"^[a-z_]+(,[a-z_]+)*$",
        description=(
            "Comma-separated top-level fields to return, e.g. 'title,path,max_altitude'; "
            "'type' and 'id' always come. Default: every field."
        ),
    )


class CardListParams(PaginationParams, FieldsParams):
    """A listing of page cards: a window of them, each with all or some of its fields."""


def reject_unknown_params(request: HttpRequest, *schemas: type[Schema]) -> None:
    """400 for any query parameter that none of ``schemas`` declares (a typo must not pass)."""
    allowed = set().union(*(schema.model_fields for schema in schemas))
    unknown = sorted(set(request.GET) - allowed)
    if unknown:
        names = ", ".join(f"'{name}'" for name in unknown)
        accepted = ", ".join(sorted(allowed)) or "none"
        raise BadRequest(
            f"Unknown query parameter {names}. Accepted parameters: {accepted}.",
            param=unknown[0],
        )
