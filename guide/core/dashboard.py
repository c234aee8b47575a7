"""The editor's dashboard: panels listing what needs attention, each row linking to the admin
view where it is put right, and the panel of pages scheduled to go live or expire this week.

A panel shows at most ROW_LIMIT rows per section, says how many more there are, and renders
nothing when there is nothing to show. Each panel costs a fixed number of queries.
"""

from dataclasses import dataclass
from datetime import date, datetime, timedelta

from django.contrib.admin.utils import quote
from django.template.loader import get_template
from django.urls import NoReverseMatch, reverse
from django.utils import timezone
from django.utils.formats import date_format
from laces.components import Component
from wagtail.models import Page, Revision
from wagtail.permission_policies.pages import PagePermissionPolicy

ROW_LIMIT = 10


@dataclass(frozen=True)
class Row:
    title: str
    url: str  # "" when the object has no edit view
    detail: str


@dataclass(frozen=True)
class Section:
    rows: list[Row]
    total: int
    heading: str = ""
    all_url: str = ""
    all_label: str = ""

    @property
    def more(self) -> int:
        return self.total - len(self.rows)


class AttentionPanel(Component):
    """A dashboard panel of sections of rows; subclasses set name, heading and order and
    implement sections()."""

    template_name = "guide/dashboard/panel.html"
    name: str
    heading: str
    order: int

    def sections(self) -> list[Section]:
        raise NotImplementedError

    def get_context_data(self, parent_context=None):
        return {
            "panel_id": self.name.replace("_", "-"),
            "heading": self.heading,
            "sections": [section for section in self.sections() if section.rows],
        }

    def render_html(self, parent_context=None):
        context = self.get_context_data(parent_context)
        if not context["sections"]:
            return ""  # nothing needs attention: no empty panel on the dashboard
        return get_template(self.template_name).render(context)


def first_rows(queryset) -> tuple[list, int]:
    """The first ROW_LIMIT objects of `queryset` and how many there are in all (counted only
    when the limit is reached)."""
    shown = list(queryset[:ROW_LIMIT])
    total = len(shown) if len(shown) < ROW_LIMIT else queryset.count()
    return shown, total


def edit_url(model, object_id) -> str:
    """The admin edit view of a page or snippet; "" for a model without one (or a removed
    model), so a stale row shows without a link instead of breaking the dashboard."""
    if model is None:
        return ""
    if issubclass(model, Page):
        url_name = "wagtailadmin_pages:edit"
    else:
        viewset = getattr(model, "snippet_viewset", None)
        if viewset is None:
            return ""
        url_name = viewset.get_url_name("edit")
    try:
        return reverse(url_name, args=[quote(object_id)])
    except NoReverseMatch:
        return ""


def page_edit_url(page_id) -> str:
    return edit_url(Page, page_id)


def when(moment: date | datetime) -> str:
    """A date, or a moment in the site's time zone, as editors read it."""
    if isinstance(moment, datetime):
        return date_format(timezone.localtime(moment), "D j M Y, H:i")
    return date_format(moment, "j M Y")


def plural(count: int, word: str) -> str:
    return f"{count} {word}{'' if count == 1 else 's'}"


def can_edit_pages(user) -> bool:
    return PagePermissionPolicy().user_has_any_permission(user, ["add", "change", "publish"])


class ScheduledPagesPanel(AttentionPanel):
    name = "guide_scheduled_pages"
    heading = "Scheduled this week"
    order = 100  # first after the enquiries: these change the public site within days

    def sections(self) -> list[Section]:
        now = timezone.now()
        this_week = (now, now + timedelta(days=7))
        revisions, going_live = first_rows(
            Revision.page_revisions.filter(approved_go_live_at__range=this_week).order_by(
                "approved_go_live_at", "pk"
            )
        )
        pages, expiring = first_rows(
            Page.objects.live().filter(expire_at__range=this_week).order_by("expire_at", "pk")
        )
        return [
            Section(
                [
                    Row(
                        revision.object_str,
                        page_edit_url(revision.object_id),
                        f"goes live {when(revision.approved_go_live_at)}",
                    )
                    for revision in revisions
                ],
                going_live,
                heading="Going live",
            ),
            Section(
                [
                    Row(
                        page.get_admin_display_title(),
                        page_edit_url(page.pk),
                        f"expires {when(page.expire_at)}",
                    )
                    for page in pages
                ],
                expiring,
                heading="Expiring",
            ),
        ]
