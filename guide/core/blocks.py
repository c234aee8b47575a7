"""StreamField blocks shared by every guide page type."""

from django.core.exceptions import ValidationError
from wagtail import blocks
from wagtail.blocks.struct_block import StructBlockValidationError
from wagtail.images.blocks import ImageBlock
from wagtail.snippets.blocks import SnippetChooserBlock

from .representations import (
    image_representation,
    place_representation,
    rich_text_representation,
)

RICH_TEXT_FEATURES = ["h3", "h4", "bold", "italic", "ol", "ul", "link", "document-link", "image"]


class RichTextBlock(blocks.RichTextBlock):
    """Rich text that the API gives as display HTML, never Wagtail's database format."""

    def get_api_representation(self, value, context=None):
        return rich_text_representation(value.source if value else "")


class CaptionedImageBlock(blocks.StructBlock):
    image = ImageBlock(help_text="Alt text is asked for with the image.")
    caption = blocks.CharBlock(required=False, max_length=250)

    def get_api_representation(self, value, context=None):
        return {"image": image_representation(value["image"]), "caption": value["caption"]}

    class Meta:
        icon = "image"
        label = "Image"
        template = "guide/blocks/captioned_image.html"


class CalloutBlock(blocks.StructBlock):
    tone = blocks.ChoiceBlock(
        choices=[("tip", "Tip"), ("warning", "Warning"), ("note", "Note")], default="tip"
    )
    title = blocks.CharBlock(max_length=120)
    text = RichTextBlock(features=["bold", "italic", "link"])

    class Meta:
        icon = "warning"
        label = "Callout"
        template = "guide/blocks/callout.html"


class PlaceMentionBlock(blocks.StructBlock):
    """Mentions a place so that its elevation and coordinates are shown from the Place itself."""

    place = SnippetChooserBlock("guide_places.Place")
    note = blocks.CharBlock(required=False, max_length=250)

    def get_api_representation(self, value, context=None):
        return {"place": place_representation(value["place"]), "note": value["note"]}

    class Meta:
        icon = "site"
        label = "Place"
        template = "guide/blocks/place.html"


class ComparisonRowBlock(blocks.StructBlock):
    label = blocks.CharBlock(max_length=80, help_text="What is compared, e.g. 'Permits'.")
    values = blocks.ListBlock(blocks.CharBlock(max_length=250), help_text="One value per column.")


class ComparisonTableBlock(blocks.StructBlock):
    """A table comparing routes or options, typed as columns and labelled rows."""

    title = blocks.CharBlock(max_length=120)
    columns = blocks.ListBlock(
        blocks.CharBlock(max_length=80), min_num=2, help_text="The options compared, in order."
    )
    rows = blocks.ListBlock(ComparisonRowBlock(), min_num=1)

    def clean(self, value):
        value = super().clean(value)
        column_count = len(value["columns"])
        for number, row in enumerate(value["rows"], start=1):
            if len(row["values"]) != column_count:
                raise StructBlockValidationError(
                    block_errors={
                        "rows": ValidationError(
                            f"Row {number} ('{row['label']}') has {len(row['values'])} values "
                            f"but the table has {column_count} columns."
                        )
                    }
                )
        return value

    class Meta:
        icon = "table"
        label = "Comparison table"
        template = "guide/blocks/comparison.html"


class BodyBlock(blocks.StreamBlock):
    heading = blocks.CharBlock(max_length=120, icon="title", form_classname="title")
    paragraph = RichTextBlock(features=RICH_TEXT_FEATURES)
    image = CaptionedImageBlock()
    callout = CalloutBlock()
    place = PlaceMentionBlock()
    comparison = ComparisonTableBlock()


class TextListBlock(blocks.StreamBlock):
    """A plain ordered list of short texts (facilities, languages, etiquette tips)."""

    item = blocks.CharBlock(max_length=250)
