from urllib.parse import parse_qs, urlparse

import pytest
from django.core import signing

from guide.preview.models import PagePreview
from guide.preview.tokens import (
    PreviewTokenExpired,
    PreviewTokenInvalid,
    make_token,
    read_token,
)


def test_a_token_reads_back_as_its_preview():
    assert read_token(make_token(42)) == 42


@pytest.mark.parametrize(
    "token",
    [
        "",
        "not-a-token",
        signing.dumps({"preview": 42}, salt="another.salt"),
        make_token(42)[:-2] + "xx",
    ],
    ids=["empty", "garbage", "other-salt", "altered"],  # tokens hold a timestamp: fixed ids
)
def test_forged_or_altered_tokens_are_refused(token):
    with pytest.raises(PreviewTokenInvalid):
        read_token(token)


def test_tokens_expire(settings):
    token = make_token(42)
    settings.GUIDE = {**settings.GUIDE, "PREVIEW_TOKEN_SECONDS": -1}
    with pytest.raises(PreviewTokenExpired):
        read_token(token)


@pytest.mark.django_db
def test_preview_keeps_the_unsaved_draft_with_its_days(lares_trek):
    lares_trek.title = "Unsaved title"
    days = list(lares_trek.days.all())
    days[0].title = "Unsaved day title"
    lares_trek.days = days  # as the edit form holds them: in memory, not saved
    preview = PagePreview.create_for(lares_trek)
    page = PagePreview.objects.get(pk=preview.pk).as_page()
    assert page.title == "Unsaved title"
    assert [day.title for day in page.days.all()][0] == "Unsaved day title"
    assert page.max_altitude_m == 4450


@pytest.mark.django_db
def test_the_visitor_site_preview_redirects_to_the_frontend_with_a_token(admin_client, lares_trek):
    from django.urls import reverse

    url = reverse("wagtailadmin_pages:view_draft", args=(lares_trek.pk,))
    response = admin_client.get(url + "?mode=frontend")
    assert response.status_code == 302
    location = urlparse(response["Location"])
    assert f"{location.scheme}://{location.netloc}" == "http://localhost:3000"
    assert location.path == "/api/preview"
    token = parse_qs(location.query)["token"][0]
    assert PagePreview.objects.get(pk=read_token(token)).as_page().title == lares_trek.title
