"""Django REST framework fields for Wagtail's API v2, each delegating to one representation."""

from rest_framework import serializers

from .representations import rich_text_representation
from .visibility import Visibility


class RepresentationField(serializers.Field):
    """A read-only field whose JSON comes from a representation function."""

    def __init__(self, representation, **kwargs):
        kwargs["read_only"] = True
        super().__init__(**kwargs)
        self.representation = representation

    def get_attribute(self, instance):
        value = super().get_attribute(instance)
        return value() if callable(value) and not hasattr(value, "all") else value

    def to_representation(self, value):
        return self.representation(value)


class ManyRepresentationField(RepresentationField):
    """A related manager (already prefetched) shaped item by item."""

    def to_representation(self, value):
        return [self.representation(item) for item in value.all()]


def link_visibility(context) -> Visibility:
    """The public rule for a serializer: read once per v2 request. Wagtail's v3 pages API reuses
    these fields without a request, so the rule is then read per field."""
    request = context.get("request")
    if request is None:
        return Visibility.public()
    return Visibility.for_request(request, any_site=True)


class PublicLinksField(RepresentationField):
    """Links to pages (relation rows, stream blocks or pages), keeping only the public pages.

    `page` picks the linked page out of an item; by default the item is the page.
    """

    def __init__(self, representation, page=None, **kwargs):
        super().__init__(representation, **kwargs)
        self.page_of = page or (lambda item: item)

    def to_representation(self, value):
        visibility = link_visibility(self.context)
        items = value.all() if hasattr(value, "all") else value
        return [
            self.representation(item) for item in items if visibility.is_visible(self.page_of(item))
        ]


class RichTextField(RepresentationField):
    def __init__(self, **kwargs):
        super().__init__(rich_text_representation, **kwargs)


def text_list(stream_value) -> list[str]:
    """A TextListBlock stream as a plain list of strings."""
    return [str(child.value) for child in stream_value]
