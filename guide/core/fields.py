"""Model fields reused across guide apps."""

from wagtail.fields import StreamField

from .blocks import BodyBlock, TextListBlock


def body_field(**kwargs):
    return StreamField(BodyBlock(), blank=True, **kwargs)


def text_list_field(**kwargs):
    return StreamField(TextListBlock(), blank=True, **kwargs)
