from django.db import models
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, MultipleChooserPanel, PageChooserPanel
from wagtail.models import Orderable, Page
from wagtail.search import index

from guide.preview.models import FrontendPreviewMixin


class HomePage(FrontendPreviewMixin, Page):
    """The root of a guide site: an introduction and the itineraries and destinations to feature."""

    intro = models.TextField(max_length=600, help_text="Shown under the site title.")
    hero_image = models.ForeignKey(
        "wagtailimages.Image", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    content_panels = Page.content_panels + [
        FieldPanel("intro"),
        FieldPanel("hero_image"),
        MultipleChooserPanel(
            "featured",
            chooser_field_name="page",
            heading="Featured pages",
            max_num=8,
            help_text="Itineraries and destinations shown first on the home page.",
        ),
    ]
    search_fields = Page.search_fields + [index.SearchField("intro")]

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = [
        "itineraries.ItineraryIndexPage",
        "destinations.DestinationIndexPage",
        "communities.CommunityIndexPage",
        "faqs.FAQIndexPage",
    ]
    max_count_per_parent = 1

    def featured_pages(self):
        return [
            feature.page.specific
            for feature in self.featured.select_related("page")
            if feature.page.live
        ]


class HomeFeaturedPage(Orderable):
    home = ParentalKey(HomePage, on_delete=models.CASCADE, related_name="featured")
    page = models.ForeignKey("wagtailcore.Page", on_delete=models.CASCADE, related_name="+")

    panels = [
        PageChooserPanel("page", ["itineraries.ItineraryPage", "destinations.DestinationPage"])
    ]
