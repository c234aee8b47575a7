"""Hero images fit for the guide: wide enough for the largest rendition, and with alt text
unless the editor marks them decorative."""

from django.db import models
from django.utils.functional import lazy
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.admin.panels import FieldPanel

from .conf import guide_settings
from .representations import image_representation
from .widgets import HeroImageChooser

NO_ALT_TEXT = (
    "This image has no alt text. Give it a description (the alt text), or tick Decorative if "
    "it carries no information."
)


def hero_image_min_width() -> int:
    """GUIDE["HERO_IMAGE_MIN_WIDTH"], by default the largest srcset width: a narrower image
    would make the largest rendition an upscaled copy."""
    configured = guide_settings.HERO_IMAGE_MIN_WIDTH
    return max(guide_settings.SRCSET_WIDTHS) if configured is None else configured


def hero_image_errors(image, decorative: bool) -> list[str]:
    """What makes ``image`` unfit as a hero image; empty when it is fit."""
    errors = []
    min_width = hero_image_min_width()
    if image.width < min_width:
        errors.append(
            f"This image is {image.width:,} px wide; a hero image must be at least "
            f"{min_width:,} px wide."
        )
    if not decorative and not image.description.strip():
        errors.append(NO_ALT_TEXT)
    return errors


def hero_image_help_text() -> str:
    return (
        f"Landscape, at least {hero_image_min_width():,} px wide. Give it alt text in the "
        "image's description."
    )


def decorative_field() -> models.BooleanField:
    return models.BooleanField(
        "Decorative: no alt text",
        default=False,
        help_text="Tick when the hero image carries no information: screen readers skip it.",
    )


def hero_image_panels() -> list[FieldPanel]:
    """The hero image's chooser, which shows the image's alt text, with the decorative box
    right under it. The help text names the width the settings ask for when the form is drawn."""
    return [
        FieldPanel(
            "hero_image",
            widget=HeroImageChooser,
            help_text=lazy(hero_image_help_text, str)(),
        ),
        FieldPanel("hero_image_decorative"),
    ]


def hero_image_representation(page, _visibility=None) -> dict | None:
    """The page's hero image as the API gives it: with an empty alt when it is decorative."""
    return image_representation(page.hero_image, alt="" if page.hero_image_decorative else None)


class HeroImagePageForm(WagtailAdminPageForm):
    """Refuses a hero image that is too narrow or has no alt text without being marked
    decorative, when saving a draft as when publishing."""

    def clean(self):
        cleaned_data = super().clean()
        image = cleaned_data.get("hero_image")
        if image is not None:
            errors = hero_image_errors(image, cleaned_data.get("hero_image_decorative", False))
            if errors:
                self.add_error("hero_image", errors)
        return cleaned_data
