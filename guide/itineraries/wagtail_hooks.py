from django.contrib import messages
from django.urls import path
from wagtail import hooks
from wagtail.admin.ui.menus.pages import PageMenuItem

from guide.core.dashboard import can_edit_pages

from .acclimatisation import night_findings
from .dashboard import AcclimatisationPanel, DeparturesPanel
from .gpx.views import gpx_import
from .models import ItineraryPage


@hooks.register("register_admin_urls")
def register_gpx_import_url():
    return [
        path(
            "itineraries/<int:page_id>/gpx-import/", gpx_import, name="guide_itineraries_gpx_import"
        )
    ]


class GPXImportButton(PageMenuItem):
    label = "Import GPX"
    icon_name = "upload"
    url_name = "guide_itineraries_gpx_import"
    priority = 80

    def is_shown(self, user):
        return self.page.permissions_for_user(user).can_edit()


@hooks.register("register_page_header_buttons")
def gpx_import_button(page, user, view_name=None, next_url=None):
    if page.specific_class and issubclass(page.specific_class, ItineraryPage):
        yield GPXImportButton(page=page)


@hooks.register("after_create_page")
@hooks.register("after_edit_page")
def warn_of_fast_ascent(request, page):
    """The acclimatisation check as a warning when an itinerary is saved: advice, not a block."""
    if not isinstance(page, ItineraryPage):
        return
    for finding in night_findings(page):
        messages.warning(request, f"Acclimatisation: {finding.message}")


@hooks.register("construct_homepage_panels")
def add_itinerary_panels(request, panels):
    if can_edit_pages(request.user):
        panels.extend([AcclimatisationPanel(), DeparturesPanel()])
