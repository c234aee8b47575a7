from wagtail import blocks

from guide.core.validators import positive_duration_validators


class ExperienceBlock(blocks.StructBlock):
    """Something a visitor can do in a community or at a destination, e.g. a weaving
    demonstration, a homestay or a soak in the pools."""

    kind = blocks.ChoiceBlock(
        choices=[
            ("homestay", "Homestay"),
            ("workshop", "Workshop"),
            ("weaving", "Weaving demonstration"),
            ("ceremony", "Ceremony"),
            ("cooking", "Cooking"),
            ("market", "Market"),
            ("meal", "Shared meal"),
            ("walk", "Guided walk"),
            ("bathing", "Bathing"),
            ("festival", "Festival"),
            ("other", "Other"),
        ]
    )
    title = blocks.CharBlock(
        max_length=120, help_text="What it is called, e.g. 'Lunch with a family'."
    )
    duration_minutes = blocks.IntegerBlock(
        required=False,
        validators=positive_duration_validators,
        label="Duration (minutes)",
        help_text="How long it usually takes. Leave empty for a stay or when it varies.",
    )
    bookable = blocks.BooleanBlock(
        required=False,
        help_text="Tick when visitors can arrange it ahead rather than only join by chance.",
    )
    description = blocks.TextBlock(
        max_length=600, required=False, help_text="What happens, who hosts it, what to bring."
    )

    class Meta:
        icon = "user"


class ExperienceStreamBlock(blocks.StreamBlock):
    experience = ExperienceBlock()
