from django.contrib.contenttypes.fields import GenericRelation
from django.db import models
from django.utils.text import slugify
from wagtail.admin.panels import FieldPanel, PublishingPanel
from wagtail.api import APIField
from wagtail.fields import RichTextField
from wagtail.models import DraftStateMixin, PreviewableMixin, RevisionMixin, TranslatableMixin
from wagtail.search import index

from guide.core.api_fields import RepresentationField
from guide.core.api_fields import RichTextField as RichTextAPIField
from guide.core.pages import IndexPage
from guide.core.visibility import public_snippets

from .representations import topic_representation
from .structured_data import faq_index_structured_data


class FAQTopic(TranslatableMixin, models.Model):
    """A heading of the FAQ index; each language has its own translation of it."""

    name = models.CharField(max_length=80)
    slug = models.SlugField(max_length=80, blank=True)
    sort_order = models.PositiveSmallIntegerField(
        default=0, help_text="Topics are listed from the lowest number up."
    )

    panels = [FieldPanel("name"), FieldPanel("slug"), FieldPanel("sort_order")]

    class Meta(TranslatableMixin.Meta):
        ordering = ["sort_order", "name"]
        verbose_name = "FAQ topic"
        constraints = [
            models.UniqueConstraint(fields=["locale", "name"], name="guide_faqs_topic_name"),
            models.UniqueConstraint(fields=["locale", "slug"], name="guide_faqs_topic_slug"),
        ]

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        if not self.slug:
            self.slug = slugify(self.name)
        super().save(*args, **kwargs)


class FAQ(
    TranslatableMixin,
    PreviewableMixin,
    DraftStateMixin,
    RevisionMixin,
    index.Indexed,
    models.Model,
):
    """A question and its answer, written once and reused on any page that needs it.

    Edits are drafts until published (or scheduled): every page showing the FAQ keeps the
    published answer meanwhile. A page in another language shows the FAQ's translation into
    that language where one is published.
    """

    question = models.CharField(max_length=250)
    answer = RichTextField(features=["bold", "italic", "link", "ul", "ol"])
    topic = models.ForeignKey(FAQTopic, on_delete=models.PROTECT, related_name="faqs")
    sort_order = models.PositiveSmallIntegerField(
        default=0, help_text="Within a topic, questions are listed from the lowest number up."
    )
    _revisions = GenericRelation("wagtailcore.Revision", related_query_name="faq")

    panels = [
        FieldPanel("question"),
        FieldPanel("answer"),
        FieldPanel("topic"),
        FieldPanel("sort_order"),
        PublishingPanel(),
    ]

    search_fields = [
        index.SearchField("question", boost=2),
        index.AutocompleteField("question"),
        index.SearchField("answer"),
        index.FilterField("topic"),
    ]

    api_fields = [
        APIField("question"),
        APIField("answer", serializer=RichTextAPIField()),
        APIField("topic", serializer=RepresentationField(topic_representation)),
    ]

    class Meta(TranslatableMixin.Meta):
        ordering = ["topic__sort_order", "sort_order", "question"]
        verbose_name = "FAQ"
        constraints = [
            models.UniqueConstraint(fields=["locale", "question"], name="guide_faqs_question")
        ]

    def __str__(self):
        return self.question

    @property
    def revisions(self):
        return self._revisions

    def get_preview_template(self, request, mode_name):
        return "guide_faqs/faq_preview.html"

    def get_preview_context(self, request, mode_name):
        from guide.core.usage import pages_using

        context = super().get_preview_context(request, mode_name)
        context["pages"] = pages_using(self)
        return context


class PageFAQ(models.Model):
    """A page's ordered link to an FAQ; each page type subclasses it with its ParentalKey."""

    faq = models.ForeignKey(FAQ, on_delete=models.CASCADE, related_name="+")

    panels = [FieldPanel("faq")]

    class Meta:
        abstract = True


class FAQIndexPage(IndexPage):
    """Lists every FAQ, grouped by topic."""

    subpage_types = []

    def structured_data(self) -> dict:
        """schema.org JSON-LD for the page (the API's `structured_data`)."""
        return faq_index_structured_data(self)

    def topics_with_faqs(self):
        """[(topic, [faq, ...]), ...] in topic order, skipping empty topics; two queries."""
        faqs_by_topic = {}
        faqs = public_snippets(
            FAQ.objects.filter(locale_id=self.locale_id).select_related("topic")
        ).order_by("topic__sort_order", "topic__name", "sort_order", "question")
        for faq in faqs:
            faqs_by_topic.setdefault(faq.topic, []).append(faq)
        return list(faqs_by_topic.items())

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["topics"] = self.topics_with_faqs()
        return context
