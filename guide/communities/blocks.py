from wagtail import blocks


class ExperienceBlock(blocks.StructBlock):
    """Something a visitor can do in a community, e.g. a weaving workshop or a homestay."""

    kind = blocks.ChoiceBlock(
        choices=[
            ("homestay", "Homestay"),
            ("workshop", "Workshop"),
            ("market", "Market"),
            ("meal", "Shared meal"),
            ("walk", "Guided walk"),
            ("festival", "Festival"),
        ]
    )
    title = blocks.CharBlock(max_length=120)
    description = blocks.TextBlock(max_length=600)

    class Meta:
        icon = "user"


class ExperienceStreamBlock(blocks.StreamBlock):
    experience = ExperienceBlock()
