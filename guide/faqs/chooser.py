"""The FAQ chooser: the FAQs a page most likely wants come first, each with its topic."""

from django.db.models import Case, IntegerField, Value, When
from wagtail.admin.ui.tables import Column
from wagtail.snippets.views.chooser import ChooseResultsView, ChooseView, SnippetChooserViewSet

from .family import edited_page_ids, family_usage


class FamilyFirstMixin:
    """Lists first the FAQs the sibling pages of the page being edited use, then those in the
    topics the page uses, then the rest, topic by topic. A search orders by relevance."""

    ordering = ["family_rank", "topic__sort_order", "topic__name", "sort_order", "question"]

    def get_object_list(self):
        usage = family_usage(*edited_page_ids(self.request))
        family_rank = Case(
            When(pk__in=usage.sibling_faq_ids, then=Value(0)),
            When(topic_id__in=usage.own_topic_ids, then=Value(1)),
            default=Value(2),
            output_field=IntegerField(),
        )
        return super().get_object_list().select_related("topic").annotate(family_rank=family_rank)

    @property
    def columns(self):
        title, *others = super().columns
        return [title, Column("topic", label="Topic", accessor="topic"), *others]


class FAQChooseView(FamilyFirstMixin, ChooseView):
    pass


class FAQChooseResultsView(FamilyFirstMixin, ChooseResultsView):
    pass


class FAQChooserViewSet(SnippetChooserViewSet):
    choose_view_class = FAQChooseView
    choose_results_view_class = FAQChooseResultsView
