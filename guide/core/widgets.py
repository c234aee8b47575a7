"""The hero image's chooser, which shows the chosen image's alt text."""

from wagtail.images.widgets import AdminImageChooser


class HeroImageChooser(AdminImageChooser):
    """Wagtail's image chooser with the chosen image's alt text (its description) under it, or
    a warning that it has none, and a link to edit it in a new tab: the page refuses a hero
    image without alt text unless it is marked decorative."""

    template_name = "guide/widgets/hero_image_chooser.html"

    def get_value_data_from_instance(self, instance):
        data = super().get_value_data_from_instance(instance)
        data["alt_text"] = instance.description
        return data

    def get_context(self, name, value_data, attrs):
        context = super().get_context(name, value_data, attrs)
        context["alt_text"] = value_data.get("alt_text", "")
        return context
