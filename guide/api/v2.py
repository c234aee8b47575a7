"""Wagtail's API v2 for the guide: pages, images, documents, places and FAQs."""

import re

from django.conf import settings
from django.http import JsonResponse
from rest_framework.filters import BaseFilterBackend
from wagtail.api.v2.filters import LocaleFilter, SearchFilter
from wagtail.api.v2.router import WagtailAPIRouter
from wagtail.api.v2.utils import BadRequestError
from wagtail.api.v2.views import BaseAPIViewSet, PagesAPIViewSet
from wagtail.documents.api.v2.views import DocumentsAPIViewSet
from wagtail.images.api.v2.views import ImagesAPIViewSet
from wagtail.search.backends import get_search_backend
from wagtail.search.backends.base import FilterFieldError, OrderByFieldError

from guide.core.locales import language_codes
from guide.core.visibility import Visibility, public_snippets
from guide.faqs.models import FAQ
from guide.places.models import Place

from .numbers import is_whole_number
from .store.read import stored_values
from .v3.declarations import declaration_for

LARGEST_OFFSET = 10**9
MAX_SEARCH_WORDS = 12
WORD = re.compile(r"\w+")
SEARCH_OPERATORS = {"and", "or"}


def search_words(text: str) -> str:
    """The words of a search, at most MAX_SEARCH_WORDS of them; 400 when there are none.

    Search backends choke on bare punctuation, quotes and NUL, and some read operators of their
    own in the text: only the words reach them.
    """
    words = WORD.findall(text)[:MAX_SEARCH_WORDS]
    if not words:
        raise BadRequestError("search needs at least one word")
    return " ".join(words)


class WordSearchFilter(SearchFilter):
    """Wagtail's ?search= filter, given only the words of the search text."""

    def filter_queryset(self, request, queryset, view):
        if "search" not in request.GET:
            return queryset
        if not getattr(settings, "WAGTAILAPI_SEARCH_ENABLED", True):
            raise BadRequestError("search is disabled")
        if getattr(queryset, "_filtered_by_tag", False):
            raise BadRequestError("filtering by tag with a search query is not supported")
        operator = request.GET.get("search_operator")
        if operator is not None and operator not in SEARCH_OPERATORS:
            raise BadRequestError("search_operator must be 'and' or 'or'")
        try:
            return get_search_backend().search(
                search_words(request.GET["search"]),
                queryset,
                operator=operator,
                order_by_relevance="order" not in request.GET,
            )
        except FilterFieldError as error:
            raise BadRequestError(
                f"cannot filter by '{error.field_name}' while searching (field is not indexed)"
            ) from error
        except OrderByFieldError as error:
            raise BadRequestError(
                f"cannot order by '{error.field_name}' while searching (field is not indexed)"
            ) from error


class GuideLocaleFilter(BaseFilterBackend):
    """Wagtail's ?locale=: one language's pages (or FAQs); an unknown code is a 400 that lists
    the configured ones, where Wagtail answers 404."""

    def filter_queryset(self, request, queryset, view):
        code = request.GET.get("locale")
        if code is None:
            return queryset
        if code not in language_codes():
            raise BadRequestError(f"locale must be one of: {', '.join(language_codes())}")
        if not any(field.name == "locale" for field in queryset.model._meta.get_fields()):
            return queryset  # a place: the same record in every language
        marker = getattr(queryset, "_filtered_by_child_of", None)
        queryset = queryset.filter(locale__language_code=code)
        if marker:
            queryset._filtered_by_child_of = marker
        return queryset


def with_guide_filters(backends: list) -> list:
    replacements = {SearchFilter: WordSearchFilter, LocaleFilter: GuideLocaleFilter}
    return [replacements.get(backend, backend) for backend in backends]


class CompactJSON:
    """JSON without Wagtail's four-space indent: pretty-printing a detail in Python took longer
    than building it. The browsable API (?format=api) still shows it indented."""

    def get_renderer_context(self):
        context = super().get_renderer_context()
        context.pop("indent", None)
        return context


class GuideQueryChecks:
    """Turns input that Wagtail's v2 endpoints would crash on into a 400 with a message."""

    def check_query_parameters(self, queryset):
        super().check_query_parameters(queryset)
        offset = self.request.GET.get("offset", "0")
        if is_whole_number(offset) and int(offset) > LARGEST_OFFSET:
            raise BadRequestError(f"offset must be at most {LARGEST_OFFSET}")

    def find_object(self, queryset, request):
        if "id" in request.GET and not is_whole_number(request.GET["id"]):
            raise BadRequestError("id must be a whole number")
        return super().find_object(queryset, request)


def api_not_found(request, *args, **kwargs):
    """Any unknown address under /api/ answers in JSON, as the endpoints do."""
    return JsonResponse({"message": f"No API endpoint at {request.path[:200]!r}."}, status=404)


def requested_fields(request) -> set[str] | None:
    """The field names a listing asks for (`?fields=a,b(c),-d`); None when it asks for all."""
    raw = request.GET.get("fields", "")
    if "*" in raw:
        return None
    return {part.split("(")[0].strip().lstrip("-") for part in raw.split(",") if part.strip()}


def with_api_relations(queryset, fields: set[str] | None = None):
    """Apply the page type's own prefetches, so a listing costs the same for 5 or 500 items."""
    queryset = queryset.select_related("locale")  # every page's meta names its locale
    optimise = getattr(queryset.model, "with_api_relations", None)
    return optimise(queryset, fields) if optimise else queryset


def listing_star_fields(model) -> list[str]:
    """What `fields=*` gives on a listing: the page type's card fields, not its whole body (a
    listing of twenty itineraries with every day and body block would weigh megabytes)."""
    schema = declaration_for(model)
    if schema is None or not schema.card_fields:
        return []
    v2_names = {field.name for field in model.api_fields}
    return [name for name in schema.card_fields if name in v2_names]


def stored_field_for(model, fields: set[str] | None, listing: bool) -> str | None:
    """Which stored JSON of ``model``'s pages holds the declared fields a request shows: for a
    listing the card when they are all on it, else the detail; None when it shows none."""
    schema = declaration_for(model)
    if schema is None:
        return None
    if not listing:
        return "detail"
    if fields is None:  # fields=*
        shown = set(listing_star_fields(model))
    else:
        shown = fields & {field.name for field in model.api_fields}
    if not shown:
        return None
    return "card" if shown <= set(schema.card_fields) else "detail"


class GuidePagesAPIViewSet(CompactJSON, GuideQueryChecks, PagesAPIViewSet):
    filter_backends = with_guide_filters(PagesAPIViewSet.filter_backends)

    @classmethod
    def _get_serializer_class(cls, router, model, fields_config, show_details=False, nested=False):
        listing = not (show_details or nested)
        if listing and fields_config and fields_config[0][0] == "*" and declaration_for(model):
            star = [(name, False, None) for name in listing_star_fields(model)]
            fields_config = [*star, *fields_config[1:]]
        return super()._get_serializer_class(
            router, model, fields_config, show_details=show_details, nested=nested
        )

    def get_base_queryset(self):
        # Wagtail's base keeps its own site choice (?site=); the guide's rule narrows it by id,
        # which search accepts. The same base decides find, child_of and each page's parent,
        # so it is built once per request.
        if not hasattr(self, "_base_queryset"):
            self._base_queryset = Visibility.for_request(self.request, any_site=True).filter(
                super().get_base_queryset()
            )
        return self._base_queryset

    def get_queryset(self):
        return super().get_queryset().select_related("locale")  # every page's meta names it

    def paginate_queryset(self, queryset):
        pages = list(super().paginate_queryset(queryset))
        return self.ready_to_show(pages, requested_fields(self.request), listing=True)

    def get_object(self):
        if not hasattr(self, "_ready_object"):
            page = super().get_object()
            self._ready_object = self.ready_to_show([page], None, listing=False)[0]
        return self._ready_object

    def ready_to_show(self, pages: list, fields: set[str] | None, listing: bool) -> list:
        """``pages`` (one type), each carrying the stored JSON its declared fields are served
        from; a page without it (none stored) is loaded again with its relations, to be
        resolved in a fixed number of queries."""
        if not pages:
            return pages
        model = type(pages[0])
        stored_field = stored_field_for(model, fields, listing)
        if stored_field is None:
            return pages
        values = stored_values([page.pk for page in pages], stored_field)
        for page in pages:
            page.stored_api_values = values.get(page.pk)
        missing = [page.pk for page in pages if page.stored_api_values is None]
        if not missing:
            return pages
        reloaded = with_api_relations(model.objects.filter(pk__in=missing), fields)
        by_id = {page.pk: page for page in reloaded}
        pages = [by_id.get(page.pk, page) for page in pages]
        prepare = getattr(model, "prepare_api_listing", None)
        if listing and prepare is not None:
            prepare(list(by_id.values()), fields)
        return pages


class PublicMediaMixin:
    """Images and documents only from collections without a view restriction of any kind."""

    def get_queryset(self):
        visibility = Visibility.for_request(self.request, any_site=True)
        return visibility.media(self.model.objects.order_by("id"))


class GuideImagesAPIViewSet(CompactJSON, GuideQueryChecks, PublicMediaMixin, ImagesAPIViewSet):
    filter_backends = with_guide_filters(ImagesAPIViewSet.filter_backends)


class GuideDocumentsAPIViewSet(
    CompactJSON, GuideQueryChecks, PublicMediaMixin, DocumentsAPIViewSet
):
    filter_backends = with_guide_filters(DocumentsAPIViewSet.filter_backends)


class PlacesAPIViewSet(CompactJSON, GuideQueryChecks, BaseAPIViewSet):
    """A place is one record in every language: ?locale= is checked and changes nothing."""

    model = Place
    filter_backends = [*BaseAPIViewSet.filter_backends, GuideLocaleFilter]
    known_query_parameters = BaseAPIViewSet.known_query_parameters | {"locale"}
    body_fields = BaseAPIViewSet.body_fields + [field.name for field in Place.api_fields]
    listing_default_fields = BaseAPIViewSet.listing_default_fields + [
        "name",
        "slug",
        "kind",
        "elevation",
        "coordinates",
    ]

    def get_queryset(self):
        return public_snippets(Place.objects.prefetch_related("sources").order_by("name"))


class FAQsAPIViewSet(CompactJSON, GuideQueryChecks, BaseAPIViewSet):
    model = FAQ
    filter_backends = [*BaseAPIViewSet.filter_backends, GuideLocaleFilter]
    known_query_parameters = BaseAPIViewSet.known_query_parameters | {"locale"}
    body_fields = BaseAPIViewSet.body_fields + [field.name for field in FAQ.api_fields]
    listing_default_fields = BaseAPIViewSet.listing_default_fields + ["question", "topic"]

    def get_queryset(self):
        faqs = FAQ.objects.select_related("topic")
        return public_snippets(faqs).order_by("topic__sort_order", "sort_order", "id")


api_router = WagtailAPIRouter("wagtailapi")
api_router.register_endpoint("pages", GuidePagesAPIViewSet)
api_router.register_endpoint("images", GuideImagesAPIViewSet)
api_router.register_endpoint("documents", GuideDocumentsAPIViewSet)
api_router.register_endpoint("places", PlacesAPIViewSet)
api_router.register_endpoint("faqs", FAQsAPIViewSet)
