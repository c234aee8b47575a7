"""A limit on password-form attempts for restricted pages and documents.

Wagtail checks those passwords in its own views, outside Django's authentication, so login
limiters such as django-axes never see them. Every POST counts, per client IP and restriction
(not per page: every page under a restriction shares its password); past
GUIDE["PASSWORD_FORM_ATTEMPTS"] the form answers 429 without checking the password, until
GUIDE["PASSWORD_FORM_LOCKOUT_SECONDS"] pass with no attempt. The right password clears the count.
Counts live in the default cache, so with several processes that cache must be shared (Redis).
When the cache cannot count, the form answers 503: guesses that nobody counts are not allowed.
"""

import hashlib
import logging

from django.core.cache import cache
from django.http import HttpResponse
from django.template.loader import render_to_string

from guide.core.conf import guide_settings

from .client_ip import client_ip
from .counters import count
from .unavailable import unavailable_response

# Wagtail's password views, and the URL argument that names the restriction.
PASSWORD_VIEWS = {
    "wagtailcore_authenticate_with_password": "page_view_restriction_id",
    "wagtaildocs_authenticate_with_password": "restriction_id",
}
KEY_MARK = "_guide_password_attempt_key"

logger = logging.getLogger("guide.ops")


def attempts_key(view_name: str, restriction_id, request) -> str:
    client = hashlib.sha256(client_ip(request).encode()).hexdigest()[:32]
    return f"guide-password-attempts:{view_name}:{restriction_id}:{client}"


def count_attempt(key: str, seconds: int) -> int:
    attempts = count(key, seconds)
    cache.touch(key, seconds)  # the lockout runs from the last attempt
    return attempts


def too_many_attempts(seconds: int) -> HttpResponse:
    page = render_to_string("guide_ops/429.html", {"minutes": max(1, round(seconds / 60))})
    response = HttpResponse(page, status=429)
    response["Retry-After"] = str(seconds)
    return response


class PasswordAttemptLimitMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        key = getattr(request, KEY_MARK, None)
        if key is not None and response.status_code in (301, 302, 303):
            cache.delete(key)  # the password was right: Wagtail redirects to the page
        return response

    def process_view(self, request, view_func, view_args, view_kwargs):
        match = request.resolver_match
        argument = PASSWORD_VIEWS.get(match.url_name) if match else None
        if request.method != "POST" or argument is None:
            return None
        seconds = guide_settings.PASSWORD_FORM_LOCKOUT_SECONDS
        key = attempts_key(match.url_name, view_kwargs.get(argument), request)
        try:
            attempts = count_attempt(key, seconds)
        except Exception:
            logger.error("Password-form attempts cannot be counted; form refused", exc_info=True)
            return unavailable_response(request)
        if attempts > guide_settings.PASSWORD_FORM_ATTEMPTS:
            return too_many_attempts(seconds)
        setattr(request, KEY_MARK, key)
        return None
