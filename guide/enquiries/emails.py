"""The email that tells the operator of a new enquiry; answering it replies to the visitor."""

from django.conf import settings
from django.core.mail import EmailMessage
from django.urls import NoReverseMatch, reverse
from django.utils import timezone
from wagtail.models import Site

from guide.core.conf import guide_settings
from guide.core.models import OperatorSettings

from .models import Enquiry


class NoRecipient(Exception):
    pass


def recipients() -> list[str]:
    configured = [address for address in guide_settings.ENQUIRY_EMAIL_TO if address]
    if configured:
        return configured
    site = Site.objects.filter(is_default_site=True).first()
    email = OperatorSettings.for_site(site).email if site else ""
    if not email:
        raise NoRecipient(
            "No one to send enquiries to: set GUIDE['ENQUIRY_EMAIL_TO'] or the operator's "
            "email under Settings > Operator in the admin."
        )
    return [email]


def admin_url(enquiry: Enquiry) -> str:
    from wagtail.hooks import search_for_hooks

    search_for_hooks()  # a task worker has not loaded the admin's registrations yet
    viewset = getattr(Enquiry, "snippet_viewset", None)
    if viewset is None:
        return ""
    try:
        path = reverse(viewset.get_url_name("inspect"), args=[enquiry.pk])
    except NoReverseMatch:
        return ""
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path


def body(enquiry: Enquiry) -> str:
    departure = f"{enquiry.departure_date:%d %b %Y}" if enquiry.departure_date else ""
    rows = [
        ("Name", enquiry.name),
        ("Email", enquiry.email),
        ("Itinerary", enquiry.get_itinerary_display()),
        ("Departure", departure),
        ("Travelling", enquiry.travel or "not said"),
        ("Party size", str(enquiry.party_size)),
        ("Heard of us from", enquiry.get_heard_from_display()),
        ("Received", f"{timezone.localtime(enquiry.created_at):%d %b %Y %H:%M (UTC%z)}"),
    ]
    lines = [f"{label}: {value}" for label, value in rows if value]
    lines += ["", enquiry.message, ""]
    url = admin_url(enquiry)
    if url:
        lines.append(f"In the admin: {url}")
    lines.append("Reply to this email to answer the visitor.")
    return "\n".join(lines)


def compose(enquiry: Enquiry) -> EmailMessage:
    about = enquiry.get_itinerary_display()
    subject = f"Enquiry from {enquiry.name}" + (f" about {about}" if about else "")
    return EmailMessage(
        subject=subject[:200],
        body=body(enquiry),
        to=recipients(),
        reply_to=[enquiry.email],
    )
