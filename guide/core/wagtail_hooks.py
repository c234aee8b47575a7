from wagtail import hooks

from .dashboard import ScheduledPagesPanel, can_edit_pages
from .drafts import record_published_state
from .rich_text import PublicPageLinkHandler


# Runs after Wagtail's own registration (order 0), replacing its "page" link type.
@hooks.register("register_rich_text_features", order=10)
def register_public_page_links(features):
    features.register_link_type(PublicPageLinkHandler)


@hooks.register("before_edit_snippet")
def record_the_published_state_before_the_first_edit(request, instance):
    record_published_state(instance)


@hooks.register("construct_homepage_panels")
def add_scheduled_pages_panel(request, panels):
    if can_edit_pages(request.user):
        panels.append(ScheduledPagesPanel())
