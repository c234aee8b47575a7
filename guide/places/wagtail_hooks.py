from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import Place


class PlaceViewSet(SnippetViewSet):
    model = Place
    icon = "site"
    menu_label = "Places"
    menu_order = 200
    add_to_admin_menu = True
    list_display = ["name", "kind", "elevation_m", "latitude", "longitude"]
    list_filter = ["kind"]
    # No search_fields: the listing searches the model's search index. Passing fields makes
    # the SQLite FTS backend fail with "no such column" (wagtail/django-modelsearch#47).
    ordering = ["name"]


register_snippet(PlaceViewSet)
