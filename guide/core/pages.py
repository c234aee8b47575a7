"""Abstract page types and inline models that the guide's page types build on."""

from django.core.exceptions import ValidationError
from django.db import models
from wagtail.admin.panels import FieldPanel
from wagtail.blocks import PageChooserBlock
from wagtail.coreutils import resolve_model_string
from wagtail.fields import StreamField
from wagtail.models import Orderable, Page, TranslatableMixin
from wagtail.search import index

from .choices import SeasonRating
from .conf import guide_settings
from .headless import HeadlessServeMixin
from .hero_images import HeroImagePageForm, decorative_field, hero_image_panels
from .months import MONTH_CHOICES
from .preview import FrontendPreviewMixin
from .representations import page_link_representation
from .visibility import Visibility, is_public_snippet


def chosen_page(block):
    """The page of a page chooser block in a stream."""
    return block.value


def featured_link_representation(block) -> dict:
    return page_link_representation(chosen_page(block))


class GuidePage(HeadlessServeMixin, FrontendPreviewMixin, Page):
    """A guide page shown as a card in listings: a summary and a hero image."""

    summary = models.TextField(
        max_length=300, help_text="One or two sentences for cards, search results and meta tags."
    )
    hero_image = models.ForeignKey(
        "wagtailimages.Image",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="Landscape, at least 1600 px wide. Give it alt text in the image's description.",
    )
    hero_image_decorative = decorative_field()

    search_fields = Page.search_fields + [index.SearchField("summary")]
    base_form_class = HeroImagePageForm  # page types with lists to check use GuidePageForm

    class Meta:
        abstract = True

    def public_faqs(self) -> list:
        """The page's chosen FAQs that are published, in the editor's order."""
        links = self.faq_links.all() if hasattr(self, "faq_links") else []
        return [link.faq for link in links if is_public_snippet(link.faq)]


class GuideHomePage(HeadlessServeMixin, FrontendPreviewMixin, Page):
    """What a site's home page needs to open a guide: an introduction, a hero image and the
    guide pages to feature first.

    Abstract: the home page belongs to the site, which subclasses this (and sets its own
    `subpage_types`); the API serves any subclass as the guide's home page.
    """

    intro = models.TextField(max_length=600, help_text="Shown under the site title.")
    hero_image = models.ForeignKey(
        "wagtailimages.Image", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    hero_image_decorative = decorative_field()
    featured = StreamField(
        [
            (
                "page",
                PageChooserBlock(
                    page_type=[
                        "guide_itineraries.ItineraryPage",
                        "guide_destinations.DestinationPage",
                        "guide_communities.CommunityProfilePage",
                    ]
                ),
            )
        ],
        blank=True,
        max_num=8,
        verbose_name="featured pages",
        help_text="Itineraries, destinations and communities shown first on the home page.",
    )

    content_panels = Page.content_panels + [
        FieldPanel("intro"),
        *hero_image_panels(),
        FieldPanel("featured"),
    ]
    search_fields = Page.search_fields + [index.SearchField("intro")]
    base_form_class = HeroImagePageForm

    class Meta:
        abstract = True

    def featured_pages(self, visibility: Visibility | None = None) -> list[Page]:
        """The chosen pages that are public, in the chosen order, as their own types."""
        visibility = visibility or Visibility.public()
        return [
            child.value.specific for child in self.featured if visibility.is_visible(child.value)
        ]

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        visibility = Visibility.for_request(request)
        context["featured"] = self.featured_pages(visibility)
        context["sections"] = visibility.pages().child_of(self).order_by("path")
        return context


class IndexPage(HeadlessServeMixin, FrontendPreviewMixin, Page):
    """The one listing page of a page type. It may be created under any page type unless
    GUIDE["INDEX_PARENT_PAGE_TYPES"] names the ones a site allows."""

    intro = models.TextField(blank=True, max_length=600)

    content_panels = Page.content_panels + [FieldPanel("intro")]
    search_fields = Page.search_fields + [index.SearchField("intro")]
    max_count_per_parent = 1

    class Meta:
        abstract = True

    @classmethod
    def clean_parent_page_models(cls):
        # Read from the setting each time (Wagtail caches parent_page_types per class).
        allowed = guide_settings.INDEX_PARENT_PAGE_TYPES
        if allowed is None:
            return super().clean_parent_page_models()
        return [resolve_model_string(name, cls._meta.app_label) for name in allowed]

    def children_for_listing(self, visibility: Visibility | None = None):
        visibility = visibility or Visibility.public()
        return visibility.pages().child_of(self).specific().order_by("path")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["entries"] = self.children_for_listing(Visibility.for_request(request))
        return context


class SeasonMonth(TranslatableMixin, Orderable):
    """One month of a season calendar. Each page type subclasses it with its ParentalKey; its
    note is translated with the page."""

    month = models.PositiveSmallIntegerField(choices=MONTH_CHOICES)
    rating = models.CharField(max_length=16, choices=SeasonRating.choices)
    note = models.CharField(max_length=160, blank=True, help_text="Weather, trail or crowds.")

    panels = [FieldPanel("month"), FieldPanel("rating"), FieldPanel("note")]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        abstract = True


class GuidePageForm(HeroImagePageForm):
    """On top of the hero image's checks, rejects a list that names the same thing twice: a
    month in the season calendar, or a related page or FAQ (checked on the page's first save
    too, before any row exists), and a page that names itself as related."""

    # Inline relation -> (the field naming the item, how the message names the list).
    distinct_items = {
        "season_months": ("month", "the season calendar"),
        "alternatives": ("alternative", "the alternatives"),
        "related_destinations": ("destination", "the related destinations"),
        "faq_links": ("faq", "the FAQs"),
    }
    # Inline relation -> (the field naming a page, the message when it is this page). The
    # inline rows' own clean() cannot tell: their page is not set while the form validates.
    not_itself = {
        "alternatives": ("alternative", "An itinerary cannot be its own alternative."),
        "related_destinations": ("destination", "A destination cannot be related to itself."),
    }

    def clean(self):
        cleaned_data = super().clean()
        for relation, (field, list_name) in self.distinct_items.items():
            formset = self.formsets.get(relation)
            if formset is not None:
                self._refuse_repeats(formset, field, list_name)
        for relation, (field, message) in self.not_itself.items():
            formset = self.formsets.get(relation)
            if formset is not None and self.instance.pk is not None:
                self._refuse_itself(formset, field, self.instance.pk, message)
        return cleaned_data

    @staticmethod
    def _refuse_itself(formset, field: str, page_id: int, message: str) -> None:
        formset.is_valid()
        for form in formset.forms:
            item = form.cleaned_data.get(field) if form.cleaned_data else None
            if item is not None and item.pk == page_id and not form.cleaned_data.get("DELETE"):
                form.add_error(field, ValidationError(message))

    @staticmethod
    def _refuse_repeats(formset, field: str, list_name: str) -> None:
        # The page form is cleaned before its formsets: clean them now so that each form has
        # cleaned_data (without this, saving any calendar raised AttributeError).
        formset.is_valid()
        seen = set()
        for form in formset.forms:
            if not form.cleaned_data or form.cleaned_data.get("DELETE"):
                continue
            item = form.cleaned_data.get(field)
            if item is None:
                continue
            if item in seen:
                name = dict(MONTH_CHOICES)[item] if field == "month" else str(item)
                form.add_error(field, ValidationError(f"{name} is already in {list_name}."))
            seen.add(item)
