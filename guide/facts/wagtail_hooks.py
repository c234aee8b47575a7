"""The editor's side: a warning on save, a marker in the page explorer, the findings view and
the dashboard's panels of contradictions and of sources due for a check."""

from django.contrib import messages
from django.contrib.contenttypes.models import ContentType
from django.db.models import CharField, Count, IntegerField, OuterRef, Subquery
from django.db.models.functions import Cast
from django.urls import path, reverse
from wagtail import hooks
from wagtail.admin.widgets import ListingButton
from wagtail.permissions import policy_registry

from guide.core.dashboard import can_edit_pages
from guide.places.models import Place

from . import views
from .checker import check
from .dashboard import ContradictionsPanel, StaleSourcesPanel
from .models import Finding
from .report import warning_html
from .store import save_findings

FINDINGS_ANNOTATION = "fact_findings"


def check_and_warn(request, obj) -> None:
    found = check(obj)
    save_findings(obj, found)
    if found:
        messages.warning(request, warning_html(found))


@hooks.register("after_create_page")
@hooks.register("after_edit_page")
def check_page(request, page):
    check_and_warn(request, page)


@hooks.register("after_create_snippet")
@hooks.register("after_edit_snippet")
def check_snippet(request, instance):
    check_and_warn(request, instance)


@hooks.register("register_admin_urls")
def register_findings_url():
    return [path("facts/findings/", views.findings, name="guide_facts_findings")]


@hooks.register("construct_explorer_page_queryset")
def count_findings(parent_page, pages, request):
    # One subquery for the whole listing instead of a query per row.
    counts = (
        Finding.objects.filter(
            content_type_id=OuterRef("content_type_id"),
            object_id=Cast(OuterRef("pk"), output_field=CharField()),
        )
        .order_by()
        .values("content_type_id")
        .annotate(total=Count("pk"))
        .values("total")
    )
    return pages.annotate(**{FINDINGS_ANNOTATION: Subquery(counts, output_field=IntegerField())})


@hooks.register("register_page_listing_buttons")
def findings_marker(page, user, next_url=None):
    count = getattr(page, FINDINGS_ANNOTATION, None)
    if count is None:
        content_type = ContentType.objects.get_for_id(page.content_type_id)
        count = Finding.objects.filter(content_type=content_type, object_id=str(page.pk)).count()
    if count:
        yield ListingButton(
            f"{count} fact finding{'s' if count != 1 else ''}",
            url=reverse("wagtailadmin_pages:edit", args=[page.pk]),
            icon_name="warning",
            classname="w-fact-findings",
            attrs={"title": "Numbers in the text disagree with the recorded facts"},
            priority=5,
        )


@hooks.register("construct_homepage_panels")
def add_facts_panels(request, panels):
    if can_edit_pages(request.user):
        panels.append(ContradictionsPanel())
    if policy_registry.get_by_type(Place).user_has_permission(request.user, "change"):
        panels.append(StaleSourcesPanel())
