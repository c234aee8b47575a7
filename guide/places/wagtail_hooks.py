from django.contrib import messages
from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .changes import changes_on_publish, summary
from .chooser import PlaceChooserViewSet
from .models import Place


class PlaceViewSet(SnippetViewSet):
    model = Place
    icon = "site"
    menu_label = "Places"
    menu_order = 200
    add_to_admin_menu = True
    list_display = ["name", "kind", "elevation_m", "latitude", "longitude", "live"]
    list_filter = ["kind", "live"]
    # No search_fields: the listing searches the model's search index. Passing fields makes
    # the SQLite FTS backend fail with "no such column" (wagtail/django-modelsearch#47).
    ordering = ["name"]
    chooser_viewset_class = PlaceChooserViewSet


register_snippet(PlaceViewSet)


@hooks.register("after_edit_snippet")
def tell_what_publishing_changes(request, instance):
    """After a draft is saved, name the published pages its new figures would change."""
    if isinstance(instance, Place):
        changes = changes_on_publish(instance)
        if changes:
            messages.warning(request, summary(changes))
