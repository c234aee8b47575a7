"""Community profiles. They read the itineraries (which pass a village, which visit it); the
itineraries app never imports this one, so the dependency runs one way."""

from django.db import models
from wagtail.admin.panels import FieldPanel, ObjectList, TabbedInterface
from wagtail.fields import RichTextField, StreamField
from wagtail.search import index

from guide.core.fields import body_field, text_list_field
from guide.core.hero_images import hero_image_panels
from guide.core.pages import GuidePage, IndexPage
from guide.core.querysets import prefetch_for_fields
from guide.core.representations import image_prefetch
from guide.core.visibility import Visibility
from guide.itineraries.models import ItineraryPage
from guide.itineraries.passing import itineraries_passing
from guide.places.models import Place

from .blocks import ExperienceStreamBlock
from .structured_data import community_structured_data

LOADED_ITINERARIES = "_itineraries_passing"


def public_itineraries():
    return Visibility.public().pages(ItineraryPage)


class CommunityIndexPage(IndexPage):
    template = "guide/index_page.html"
    subpage_types = ["guide_communities.CommunityProfilePage"]


class CommunityProfilePage(GuidePage):
    """A village or town on a route, told with the respect its people are owed."""

    place = models.ForeignKey(
        Place,
        on_delete=models.PROTECT,
        related_name="community_pages",
        help_text="The village's place: its elevation and coordinates come from there.",
    )
    languages = text_list_field()
    known_for = text_list_field(help_text="Weaving, potato farming, a festival...")
    traditions = RichTextField(features=["bold", "italic", "link", "ul"], blank=True)
    experiences = StreamField(ExperienceStreamBlock(), blank=True)
    etiquette = text_list_field(help_text="Short, practical tips for visitors.")
    body = body_field()

    content_panels = GuidePage.content_panels + [
        FieldPanel("summary"),
        *hero_image_panels(),
        FieldPanel("place"),
        FieldPanel("body"),
    ]
    profile_panels = [
        FieldPanel("languages"),
        FieldPanel("known_for"),
        FieldPanel("traditions"),
        FieldPanel("experiences"),
        FieldPanel("etiquette"),
    ]
    edit_handler = TabbedInterface(
        [
            ObjectList(content_panels, heading="Content"),
            ObjectList(profile_panels, heading="Profile"),
            ObjectList(GuidePage.promote_panels, heading="Promote"),
            ObjectList(GuidePage.settings_panels, heading="Settings"),
        ]
    )

    search_fields = GuidePage.search_fields + [
        index.SearchField("traditions"),
        index.SearchField("body"),
        index.RelatedFields("place", [index.SearchField("name"), index.SearchField("aliases")]),
    ]

    parent_page_types = ["guide_communities.CommunityIndexPage"]
    subpage_types = []

    def structured_data(self) -> dict:
        """schema.org JSON-LD for the page (the API's `structured_data`)."""
        return community_structured_data(self)

    @classmethod
    def with_api_relations(cls, queryset, fields: set[str] | None = None):
        return prefetch_for_fields(
            queryset.select_related("place"),
            fields,
            [({"hero_image", "structured_data"}, [image_prefetch("hero_image")])],
        )

    def itineraries_passing(self, itineraries=None) -> list:
        """Itineraries passing this village (from `itineraries`, by default the public ones)."""
        loaded = getattr(self, LOADED_ITINERARIES, None)
        if loaded is not None and itineraries is None:
            return loaded
        if itineraries is None:
            itineraries = public_itineraries()
        return itineraries_passing([self.place_id], itineraries)[self.place_id]

    @classmethod
    def load_itineraries_passing(cls, communities) -> None:
        """Look up the itineraries passing each of `communities` at once (a listing's batch)."""
        passing = itineraries_passing({c.place_id for c in communities}, public_itineraries())
        for community in communities:
            setattr(community, LOADED_ITINERARIES, passing[community.place_id])

    @classmethod
    def prepare_api_listing(cls, communities, fields: set[str] | None) -> None:
        if fields is None or "itineraries" in fields:
            cls.load_itineraries_passing(communities)

    @classmethod
    def visited_by(cls, itinerary, communities=None) -> list["CommunityProfilePage"]:
        """Community profiles (from `communities`, by default the public ones) whose place the
        itinerary's route passes or sleeps at, in route order."""
        if communities is None:
            communities = Visibility.public().pages(cls)
        order = {place.pk: position for position, place in enumerate(itinerary.all_places())}
        found = communities.filter(place_id__in=order)
        return sorted(found, key=lambda community: order[community.place_id])

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["itineraries"] = self.itineraries_passing(
            Visibility.for_request(request).pages(ItineraryPage)
        )
        return context
