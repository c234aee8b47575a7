"""The editors' inbox in the Wagtail admin: list, filter, search, read, answer, export, and the
dashboard's count of new enquiries."""

import csv
import io
from datetime import date, timedelta

import pytest
from django.contrib.auth.models import Group, Permission
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone
from openpyxl import load_workbook

from guide.enquiries.models import Enquiry, EnquiryStatus

pytestmark = pytest.mark.django_db

LIST = "/admin/snippets/guide_enquiries/enquiry/"


@pytest.fixture
def editor(client, django_user_model):
    """A signed-in editor whose group may read and answer enquiries (not a superuser)."""
    group = Group.objects.create(name="Enquiry desk")
    group.permissions.add(
        Permission.objects.get(codename="access_admin"),
        *Permission.objects.filter(content_type__app_label="guide_enquiries"),
    )
    user = django_user_model.objects.create_user("desk", "desk@example.org", "pw")
    user.groups.add(group)
    client.force_login(user)
    return client


def make(name, **fields):
    fields.setdefault("email", f"{name.lower()}@example.org")
    fields.setdefault("party_size", 2)
    fields.setdefault("message", f"A question from {name}.")
    return Enquiry.objects.create(name=name, consent=True, **fields)


@pytest.fixture
def inbox(lares_trek):
    next_year = timezone.localdate().year + 1
    return {
        "rosa": make(
            "Rosa",
            itinerary=lares_trek,
            itinerary_title=lares_trek.title,
            travel_month=date(next_year, 6, 1),
            heard_from="friend",
        ),
        "juan": make("Juan", travel_date=date(next_year, 6, 20), status=EnquiryStatus.ANSWERED),
        "ana": make(
            "Ana",
            travel_month=date(next_year, 8, 1),
            status=EnquiryStatus.CLOSED,
            message='=HYPERLINK("http://evil.example")',
        ),
    }


def names(response) -> set[str]:
    html = response.content.decode()
    return {name for name in ("Rosa", "Juan", "Ana") if f">{name}<" in html or f"{name}</a" in html}


def test_the_inbox_lists_every_enquiry(editor, inbox):
    response = editor.get(LIST)
    assert response.status_code == 200
    assert names(response) == {"Rosa", "Juan", "Ana"}
    html = response.content.decode()
    assert "Lares trek in 4 days" in html and "Travelling" in html


def test_the_inbox_costs_the_same_queries_however_many_itineraries_it_names(
    editor, inbox, lares_trek
):
    def list_queries():
        with CaptureQueriesContext(connection) as queries:
            assert editor.get(LIST).status_code == 200
        return len(queries)

    before = list_queries()
    for number in range(5):
        make(f"Walker{number}", itinerary=lares_trek, itinerary_title=lares_trek.title)
    assert list_queries() == before


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("status=new", {"Rosa"}),
        ("status=answered", {"Juan"}),
        ("travel={year}-06", {"Rosa", "Juan"}),
        ("travel={year}-08", {"Ana"}),
        ("itinerary={itinerary}", {"Rosa"}),
        ("created_at_from={today}", {"Rosa", "Juan", "Ana"}),
        ("created_at_to={long_ago}", set()),
        ("delivery=pending", {"Rosa", "Juan", "Ana"}),
        ("delivery=sent", set()),
        ("q=hyperlink", {"Ana"}),
        ("q=juan@example", {"Juan"}),
    ],
)
def test_the_inbox_filters_and_searches(editor, inbox, lares_trek, query, expected):
    today = timezone.localdate()
    query = query.format(
        year=today.year + 1,
        itinerary=lares_trek.pk,
        today=today - timedelta(days=1),
        long_ago=today - timedelta(days=400),
    )
    response = editor.get(f"{LIST}?{query}")
    assert response.status_code == 200
    assert names(response) == expected


def test_an_enquiry_is_read_whole_in_the_inspect_view(editor, inbox):
    rosa = inbox["rosa"]
    response = editor.get(f"{LIST}inspect/{rosa.pk}/")
    assert response.status_code == 200
    html = response.content.decode()
    for text in (
        "rosa@example.org",
        "A question from Rosa.",
        "A friend or relative",
        f"June {rosa.travel_month.year}",
        "Lares trek in 4 days",
        "Waiting to be sent",
    ):
        assert text in html


def test_editors_change_the_status_and_note_only(editor, inbox):
    rosa = inbox["rosa"]
    url = f"{LIST}edit/{rosa.pk}/"
    assert editor.get(url).status_code == 200
    response = editor.post(
        url,
        {
            "status": "answered",
            "note": "Sent the April prices.",
            "name": "Someone else",
            "email": "other@example.org",
            "message": "Rewritten",
        },
    )
    assert response.status_code == 302
    rosa.refresh_from_db()
    assert (rosa.status, rosa.note) == ("answered", "Sent the April prices.")
    assert (rosa.name, rosa.email, rosa.message) == (
        "Rosa",
        "rosa@example.org",
        "A question from Rosa.",
    )


def test_nobody_adds_an_enquiry_in_the_admin(editor, admin_client, inbox):
    assert f'href="{LIST}add/"' not in editor.get(LIST).content.decode()
    assert editor.get(f"{LIST}add/").status_code in (302, 403)
    assert admin_client.get(f"{LIST}add/").status_code in (302, 403)


def test_the_inbox_exports_csv(editor, inbox):
    response = editor.get(f"{LIST}?export=csv&status=new")
    assert response.status_code == 200
    assert response["Content-Disposition"] == 'attachment; filename="enquiries.csv"'
    rows = list(csv.DictReader(io.StringIO(b"".join(response.streaming_content).decode())))
    by_name = {row["Name"]: row for row in rows}
    assert set(by_name) == {"Rosa"}  # the export follows the filters
    rosa = by_name["Rosa"]
    assert rosa["Status"] == "New"
    assert rosa["Itinerary"] == "Lares trek in 4 days"
    assert rosa["Heard of us from"] == "A friend or relative"
    assert rosa["Email"] == "Waiting to be sent"
    assert rosa["Message"] == "A question from Rosa."


def test_text_that_looks_like_a_formula_stays_text_in_the_csv(editor, inbox):
    response = editor.get(f"{LIST}?export=csv")
    rows = list(csv.DictReader(io.StringIO(b"".join(response.streaming_content).decode())))
    [ana] = [row for row in rows if row["Name"] == "Ana"]
    assert ana["Message"].startswith("'=HYPERLINK")


def test_the_inbox_exports_xlsx(editor, inbox):
    response = editor.get(f"{LIST}?export=xlsx")
    assert response.status_code == 200
    sheet = load_workbook(io.BytesIO(b"".join(response.streaming_content))).active
    header, *rows = [list(row) for row in sheet.iter_rows(values_only=True)]
    assert header[:4] == ["Received", "Status", "Name", "Email"]
    assert {row[2] for row in rows} == {"Rosa", "Juan", "Ana"}


def test_the_dashboard_counts_new_enquiries_and_links_to_them(editor, inbox):
    make("Pedro")
    response = editor.get(reverse("wagtailadmin_home"))
    html = response.content.decode()
    assert f'href="{LIST}?status=new"' in html
    assert "2 new enquiries" in html


def test_the_dashboard_names_emails_that_could_not_be_sent(editor, inbox, settings):
    Enquiry.objects.filter(pk=inbox["juan"].pk).update(notify_attempts=8)
    html = editor.get(reverse("wagtailadmin_home")).content.decode()
    assert f'href="{LIST}?delivery=failed"' in html
    assert "could not be emailed to you" in html


def test_editors_without_the_permission_see_no_panel_and_no_inbox(client, django_user_model):
    group = Group.objects.create(name="Writers")
    group.permissions.add(Permission.objects.get(codename="access_admin"))
    user = django_user_model.objects.create_user("writer", "w@example.org", "pw")
    user.groups.add(group)
    client.force_login(user)
    make("Rosa")
    assert "new enquir" not in client.get(reverse("wagtailadmin_home")).content.decode()
    assert client.get(LIST).status_code in (302, 403)
