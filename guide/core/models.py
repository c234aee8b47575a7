from django.db import models
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting


@register_setting(icon="group")
class OperatorSettings(BaseSiteSetting):
    """Who publishes the guide: shown in the site footer and in structured data."""

    name = models.CharField(max_length=120, help_text="The operator or publisher's name.")
    email = models.EmailField(blank=True)
    phone = models.CharField(max_length=40, blank=True, help_text="With country code.")
    website = models.URLField(blank=True)
    address = models.CharField(max_length=250, blank=True)

    panels = [
        FieldPanel("name"),
        FieldPanel("email"),
        FieldPanel("phone"),
        FieldPanel("website"),
        FieldPanel("address"),
    ]

    class Meta:
        verbose_name = "operator"
