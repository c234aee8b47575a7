"""Wagtail's API v2 for the guide: pages, images, documents, places and FAQs."""

import re

from django.http import JsonResponse
from wagtail.api.v2.router import WagtailAPIRouter
from wagtail.api.v2.utils import BadRequestError
from wagtail.api.v2.views import BaseAPIViewSet, PagesAPIViewSet
from wagtail.documents.api.v2.views import DocumentsAPIViewSet
from wagtail.images.api.v2.views import ImagesAPIViewSet

from guide.core.querysets import visible_to_public
from guide.faqs.models import FAQ
from guide.places.models import Place

LARGEST_OFFSET = 10**9
MAX_SEARCH_WORDS = 12
WORD = re.compile(r"\w+")


class GuideQueryChecks:
    """Turns input that Wagtail's v2 endpoints would crash on into a 400 with a message."""

    def check_query_parameters(self, queryset):
        super().check_query_parameters(queryset)
        params = self.request.GET
        offset = params.get("offset", "0")
        if offset.isdigit() and int(offset) > LARGEST_OFFSET:
            raise BadRequestError(f"offset must be at most {LARGEST_OFFSET}")
        if "search" in params:
            # Search backends choke on bare punctuation, quotes and NUL: keep only the words.
            words = WORD.findall(params["search"])[:MAX_SEARCH_WORDS]
            if not words:
                raise BadRequestError("search needs at least one word")
            cleaned = params.copy()
            cleaned["search"] = " ".join(words)
            self.request._request.GET = cleaned

    def find_object(self, queryset, request):
        if "id" in request.GET and not request.GET["id"].isdigit():
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


class GuidePagesAPIViewSet(GuideQueryChecks, PagesAPIViewSet):
    def get_base_queryset(self):
        return visible_to_public(super().get_base_queryset())

    def get_queryset(self):
        return with_api_relations(super().get_queryset(), requested_fields(self.request))

    def paginate_queryset(self, queryset):
        """Let the page type load, for the whole page of results, what it cannot prefetch."""
        pages = list(super().paginate_queryset(queryset))
        prepare = getattr(queryset.model, "prepare_api_listing", None)
        if prepare is not None:
            prepare(pages, requested_fields(self.request))
        return pages

    def get_object(self):
        page = super().get_object()
        model = type(page)
        if hasattr(model, "with_api_relations"):
            return model.with_api_relations(model.objects.filter(pk=page.pk)).get()
        return page


class PlacesAPIViewSet(GuideQueryChecks, BaseAPIViewSet):
    model = Place
    body_fields = BaseAPIViewSet.body_fields + [field.name for field in Place.api_fields]
    listing_default_fields = BaseAPIViewSet.listing_default_fields + [
        "name",
        "slug",
        "kind",
        "elevation",
        "coordinates",
    ]

    def get_queryset(self):
        return Place.objects.order_by("name")


class FAQsAPIViewSet(GuideQueryChecks, BaseAPIViewSet):
    model = FAQ
    body_fields = BaseAPIViewSet.body_fields + [field.name for field in FAQ.api_fields]
    listing_default_fields = BaseAPIViewSet.listing_default_fields + ["question", "topic"]

    def get_queryset(self):
        return FAQ.objects.select_related("topic").order_by("topic__sort_order", "sort_order", "id")


class GuideImagesAPIViewSet(GuideQueryChecks, ImagesAPIViewSet):
    pass


class GuideDocumentsAPIViewSet(GuideQueryChecks, DocumentsAPIViewSet):
    pass


api_router = WagtailAPIRouter("wagtailapi")
api_router.register_endpoint("pages", GuidePagesAPIViewSet)
api_router.register_endpoint(
    "images", type("GuideImagesAPIViewSet", (GuideQueryChecks, ImagesAPIViewSet), {})
)
api_router.register_endpoint(
    "documents", type("GuideDocumentsAPIViewSet", (GuideQueryChecks, DocumentsAPIViewSet), {})
)
api_router.register_endpoint("places", PlacesAPIViewSet)
api_router.register_endpoint("faqs", FAQsAPIViewSet)
