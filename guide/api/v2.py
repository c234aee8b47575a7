"""Wagtail's API v2 for the guide: pages, images, documents, places and FAQs."""

from wagtail.api.v2.router import WagtailAPIRouter
from wagtail.api.v2.views import BaseAPIViewSet, PagesAPIViewSet
from wagtail.documents.api.v2.views import DocumentsAPIViewSet
from wagtail.images.api.v2.views import ImagesAPIViewSet

from guide.core.querysets import visible_to_public
from guide.faqs.models import FAQ
from guide.places.models import Place


def with_api_relations(queryset):
    """Apply the page type's own prefetches, so a listing costs the same for 5 or 500 items."""
    queryset = queryset.select_related("locale")  # every page's meta names its locale
    optimise = getattr(queryset.model, "with_api_relations", None)
    return optimise(queryset) if optimise else queryset


class GuidePagesAPIViewSet(PagesAPIViewSet):
    def get_base_queryset(self):
        return visible_to_public(super().get_base_queryset())

    def get_queryset(self):
        return with_api_relations(super().get_queryset())

    def get_object(self):
        page = super().get_object()
        model = type(page)
        if hasattr(model, "with_api_relations"):
            return model.with_api_relations(model.objects.filter(pk=page.pk)).get()
        return page


class PlacesAPIViewSet(BaseAPIViewSet):
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


class FAQsAPIViewSet(BaseAPIViewSet):
    model = FAQ
    body_fields = BaseAPIViewSet.body_fields + [field.name for field in FAQ.api_fields]
    listing_default_fields = BaseAPIViewSet.listing_default_fields + ["question", "topic"]

    def get_queryset(self):
        return FAQ.objects.select_related("topic").order_by("topic__sort_order", "sort_order", "id")


api_router = WagtailAPIRouter("wagtailapi")
api_router.register_endpoint("pages", GuidePagesAPIViewSet)
api_router.register_endpoint("images", ImagesAPIViewSet)
api_router.register_endpoint("documents", DocumentsAPIViewSet)
api_router.register_endpoint("places", PlacesAPIViewSet)
api_router.register_endpoint("faqs", FAQsAPIViewSet)
