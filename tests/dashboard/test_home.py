"""The dashboard lists what needs an editor's attention, each row linking to where it is fixed."""

import re

from django.contrib.auth.models import Group, Permission
from django.contrib.contenttypes.models import ContentType
from django.urls import reverse
from django.utils import timezone

from guide.facts.models import Finding
from guide.itineraries.models import DepartureStatus
from tests.factories import create_itinerary

from .conftest import add_departure


def panel(html: str, panel_id: str) -> str:
    """The HTML of one dashboard panel; "" when it is not shown."""
    match = re.search(rf'<section[^>]*id="{panel_id}-section".*?</section>', html, re.S)
    return match.group(0) if match else ""


def page_edit(page, tab="") -> str:
    return f'href="{reverse("wagtailadmin_pages:edit", args=[page.pk])}{tab}"'


def place_edit(place) -> str:
    return f'href="{reverse("wagtailsnippets_guide_places_place:edit", args=[place.pk])}"'


def test_pages_whose_text_contradicts_a_fact_are_listed(planted, admin_home):
    html = panel(admin_home(), "guide-fact-findings")

    assert page_edit(planted["contradicted"]) in html
    assert "1 finding: Ipsaycocha pass stated 4,600 m / recorded 4,450 m (14,600 ft)" in html
    assert f'href="{reverse("guide_facts_findings")}"' in html
    assert page_edit(planted["agreeing"]) not in html


def test_places_with_a_source_not_checked_for_a_year_are_listed(planted, admin_home, places):
    html = panel(admin_home(), "guide-stale-sources")

    assert "Sources not checked for 12 months" in html
    assert place_edit(places["ipsay_pass"]) in html
    old = planted["old_source"].checked_on
    assert f"IGN 1:100,000: last checked {old.day} {old:%b %Y}" in html
    assert place_edit(places["patacancha"]) not in html


def test_how_old_a_source_may_be_is_a_setting(planted, admin_home, settings):
    settings.GUIDE = {**settings.GUIDE, "SOURCE_CHECK_MONTHS": 36}

    assert not panel(admin_home(), "guide-stale-sources")


def test_live_itineraries_that_climb_too_fast_are_listed(planted, admin_home):
    html = panel(admin_home(), "guide-acclimatisation")

    assert page_edit(planted["fast_ascent"]) in html
    assert "Night 1 at Huacahuasi (3,800 m) sleeps 710 m higher" in html
    assert page_edit(planted["gentle"]) not in html
    assert page_edit(planted["draft_fast_ascent"]) not in html


def test_full_and_past_departures_on_live_pages_are_listed(planted, admin_home):
    html = panel(admin_home(), "guide-departures")
    full, open_ = planted["full"], planted["open"]

    full_part, past_part = html.split("Past, still on the page")
    assert page_edit(planted["fast_ascent"], "#tab-departures") in full_part
    assert f"{full.start_date.day} {full.start_date:%b %Y} (Full), 0 of 12 seats taken" in html
    assert page_edit(planted["gentle"], "#tab-departures") in full_part
    assert "(Open), 8 of 8 seats taken" in html
    assert f"{open_.start_date.day} {open_.start_date:%b %Y}" not in html
    assert page_edit(planted["fast_ascent"], "#tab-departures") in past_part
    assert "1 past departure, the first on" in past_part
    assert page_edit(planted["draft_fast_ascent"], "#tab-departures") not in html


def test_pages_going_live_or_expiring_this_week_are_listed(planted, admin_home):
    html = panel(admin_home(), "guide-scheduled-pages")

    assert page_edit(planted["going_live"]) in html
    assert "Huchuy Qosqo" in html
    assert "goes live" in html
    assert page_edit(planted["going_live_later"]) not in html
    assert page_edit(planted["expiring"]) in html
    assert "expires" in html


PANELS = [
    "guide-fact-findings",
    "guide-stale-sources",
    "guide-acclimatisation",
    "guide-departures",
    "guide-scheduled-pages",
]


def test_a_dashboard_with_nothing_to_fix_shows_none_of_the_panels(home, admin_home):
    html = admin_home()

    assert not [panel_id for panel_id in PANELS if panel(html, panel_id)]


def test_odd_data_shows_without_breaking_the_dashboard(itinerary_index, admin_home, places):
    no_days = create_itinerary(itinerary_index, "Not planned yet", [])
    add_departure(no_days, timezone.localdate(), status=DepartureStatus.FULL)  # seats unknown
    gone = ContentType.objects.create(app_label="gone", model="removed")
    Finding.objects.create(
        content_type=gone, object_id="1", object_title="Removed model", fact="elevation_m"
    )
    Finding.objects.create(
        content_type=ContentType.objects.get_for_model(type(no_days)),
        object_id="not-a-page-id",
        object_title="Odd id",
        fact="elevation_m",
    )

    html = admin_home()

    findings = panel(html, "guide-fact-findings")
    assert "Removed model" in findings and "Odd id" in findings
    assert "(Full), seats on request" in panel(html, "guide-departures")
    assert not panel(html, "guide-acclimatisation")


def test_editors_without_page_permissions_see_none_of_the_panels(
    planted, client, django_user_model
):
    group = Group.objects.create(name="Readers")
    group.permissions.add(Permission.objects.get(codename="access_admin"))
    user = django_user_model.objects.create_user("reader", "r@example.org", "pw")
    user.groups.add(group)
    client.force_login(user)

    html = client.get(reverse("wagtailadmin_home")).content.decode()

    assert not [panel_id for panel_id in PANELS if panel(html, panel_id)]
