"""No public endpoint ever returns an enquiry: not API v2, not Wagtail's v3 routes, not the
guide's own routes, with or without an API token."""

import pytest
from wagtail.models import APIToken

from guide.enquiries.models import Enquiry

pytestmark = pytest.mark.django_db

SECRET_WORDS = "Quispe-7731"


@pytest.fixture
def enquiry(lares_trek):
    return Enquiry.objects.create(
        name=f"Rosa {SECRET_WORDS}",
        email="rosa.private@example.org",
        party_size=2,
        itinerary=lares_trek,
        itinerary_title=lares_trek.title,
        message="Private question",
        consent=True,
    )


def reads(client, url, **headers) -> tuple[int, str]:
    response = client.get(url, **headers)
    body = b"".join(response) if response.streaming else response.content
    return response.status_code, body.decode("utf-8", "replace")


PUBLIC_URLS = [
    "/api/v2/enquiries/",
    "/api/v2/snippets/guide_enquiries/enquiry/",
    "/api/v2/pages/?fields=*",
    "/api/v2/pages/{page}/?fields=*",
    "/api/v3/snippets/guide_enquiries.Enquiry/",
    "/api/v3/snippets/guide_enquiries.Enquiry/{enquiry}/",
    "/api/v3/schema/",
    "/api/v3/guide/enquiries/",
    "/api/v3/guide/enquiries/{enquiry}/",
    "/api/v3/guide/enquiries/form/",
    "/api/v3/guide/itineraries/",
    "/api/v3/guide/itineraries/{page}/",
    "/api/v3/guide/pages/by-path/?path=/itineraries/lares-trek-in-4-days/",
    "/api/v3/guide/search/?q=Quispe",
]


@pytest.mark.parametrize("url", PUBLIC_URLS)
def test_an_anonymous_reader_never_sees_an_enquiry(client, enquiry, url):
    status, body = reads(client, url.format(enquiry=enquiry.pk, page=enquiry.itinerary_id))
    assert SECRET_WORDS not in body and "rosa.private" not in body, (url, status)


@pytest.mark.parametrize("url", [u for u in PUBLIC_URLS if "/v3/" in u])
def test_an_api_token_does_not_open_them_either(client, enquiry, django_user_model, url):
    user = django_user_model.objects.create_superuser("tokenholder", "t@example.org", "x")
    _token, plaintext = APIToken.create_token(user=user, name="tests")
    status, body = reads(
        client,
        url.format(enquiry=enquiry.pk, page=enquiry.itinerary_id),
        HTTP_AUTHORIZATION=f"Bearer {plaintext}",
    )
    assert SECRET_WORDS not in body and "rosa.private" not in body, (url, status)


def test_the_enquiry_route_only_takes_posts(client, enquiry):
    assert client.get("/api/v3/guide/enquiries/").status_code in (404, 405)
    assert client.get(f"/api/v3/guide/enquiries/{enquiry.pk}/").status_code == 404
