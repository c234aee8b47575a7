"""The demo site's own home page: the guide's home page base, with the guide's sections below."""

from guide.core.pages import GuideHomePage


class HomePage(GuideHomePage):
    parent_page_types = ["wagtailcore.Page"]
    subpage_types = [
        "guide_itineraries.ItineraryIndexPage",
        "guide_destinations.DestinationIndexPage",
        "guide_communities.CommunityIndexPage",
        "guide_faqs.FAQIndexPage",
    ]
    max_count_per_parent = 1
