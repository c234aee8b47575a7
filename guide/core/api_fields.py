"""Django REST framework fields for Wagtail's API v2, each delegating to one representation."""

from rest_framework import serializers

from .representations import rich_text_representation


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


class RichTextField(RepresentationField):
    def __init__(self, **kwargs):
        super().__init__(rich_text_representation, **kwargs)


def text_list(stream_value) -> list[str]:
    """A TextListBlock stream as a plain list of strings."""
    return [str(child.value) for child in stream_value]
