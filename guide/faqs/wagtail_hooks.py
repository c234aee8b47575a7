from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from .chooser import FAQChooserViewSet
from .models import FAQ, FAQTopic


class FAQViewSet(SnippetViewSet):
    model = FAQ
    icon = "help"
    menu_label = "Questions"
    list_display = ["question", "topic"]
    list_filter = ["topic"]
    chooser_viewset_class = FAQChooserViewSet
    # No search_fields: the listing searches the model's search index. Passing fields makes
    # the SQLite FTS backend fail with "no such column" (wagtail/django-modelsearch#47).


class FAQTopicViewSet(SnippetViewSet):
    model = FAQTopic
    icon = "folder-open-inverse"
    menu_label = "Topics"
    list_display = ["name", "sort_order"]


class FAQGroup(SnippetViewSetGroup):
    items = (FAQViewSet, FAQTopicViewSet)
    menu_icon = "help"
    menu_label = "FAQs"
    menu_order = 210


register_snippet(FAQGroup)
