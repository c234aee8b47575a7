"""The plugin set's settings: one `GUIDE = {...}` dict in Django settings, with defaults here.

Read them as attributes: `from guide.core.conf import guide_settings; guide_settings.SRCSET_WIDTHS`.
"""

from django.conf import settings
from django.core.signals import setting_changed

DEFAULTS = {
    # Where the visitor site lives; used to build frontend URLs for previews and links (a guide
    # page's `url`, so the admin's "View live", points there).
    "FRONTEND_BASE_URL": "http://localhost:3000",
    # What a guide page's own Django URL answers: "redirect" to the visitor site, "off" (404)
    # or "serve" (Wagtail's templates). Previews work in every mode.
    "HTML_PAGES": "redirect",
    # Prefix for media URLs in API payloads, so a frontend on another origin can load images.
    "MEDIA_BASE_URL": "http://localhost:8000",
    # Widths of the renditions offered in an image's srcset.
    "SRCSET_WIDTHS": [480, 960, 1600],
    # The narrowest hero image the page editor accepts, in pixels; None means the largest of
    # SRCSET_WIDTHS, so that no rendition is upscaled.
    "HERO_IMAGE_MIN_WIDTH": None,
    # How long shared caches may keep a public API response before revalidating it.
    "API_CACHE_SECONDS": 60,
    # How long a signed preview link stays valid.
    "PREVIEW_TOKEN_SECONDS": 30 * 60,
    # Where to POST the paths that publishing changed ("" turns the webhook off), the secret
    # that signs it, and how long to wait for the frontend.
    "REVALIDATE_URL": "",
    "REVALIDATE_SECRET": "",
    "REVALIDATE_TIMEOUT": 3,
    # The acclimatisation check of itineraries (Wilderness Medical Society guidance): above
    # "above_m" the altitude slept at should rise at most "max_gain_m" a night, with a night
    # without gain after every "gain_nights_before_rest" nights of gains.
    "ACCLIMATISATION": {"above_m": 3000, "max_gain_m": 500, "gain_nights_before_rest": 3},
    # Season calendars the page editor fills in one action: key -> {"label": ..., "months":
    # {month: rating}, "notes": {month: note}} (months 1-12, SeasonRating values, notes optional).
    "SEASON_PRESETS": {},
    # The largest page size a listing accepts.
    "MAX_PAGE_SIZE": 100,
    # Page types ("app_label.Model") under which the guide's index pages may be created;
    # None allows any page type.
    "INDEX_PARENT_PAGE_TYPES": None,
    # Where guide.urls mounts API v2 and v3 ("api/" gives /api/v2/ and /api/v3/), and the
    # sitemap of the visitor site's URLs.
    "API_URL_PREFIX": "api/",
    "SITEMAP_PATH": "sitemap.xml",
    # The alias of a cache all web processes share (Redis) that keeps whole public API
    # responses until content changes; None turns it off. And how long an entry may live.
    "RESPONSE_CACHE": None,
    "RESPONSE_CACHE_SECONDS": 24 * 60 * 60,
    # Password forms of restricted pages and documents (guide.ops): attempts allowed per client
    # IP and restriction, and the seconds without an attempt after which the count starts over.
    "PASSWORD_FORM_ATTEMPTS": 5,
    "PASSWORD_FORM_LOCKOUT_SECONDS": 15 * 60,
    # How many reverse proxies in front of Django append to X-Forwarded-For; 0 takes the
    # client's address from REMOTE_ADDR.
    "TRUSTED_PROXY_COUNT": 0,
    # How far a number in the text may stray from the typed fact before guide.facts reports it:
    # metres of elevation, percent of a distance, °C of a temperature, hours of hiking.
    "FACT_TOLERANCES": {
        "elevation_m": 30,
        "distance_km_percent": 5,
        "temperature_c": 1,
        "hours": 0.5,
    },
    # Months after which a place's source counts as due for another check: the dashboard lists
    # places with a source last checked longer ago.
    "SOURCE_CHECK_MONTHS": 12,
    # Visitor enquiries (guide.enquiries). Who gets the email of each new one; empty sends it
    # to the operator's email (Settings -> Operator) of the default site.
    "ENQUIRY_EMAIL_TO": [],
    # Sending attempts before an enquiry's email is given up on (the enquiry stays in the
    # admin's inbox, marked as not delivered).
    "ENQUIRY_EMAIL_MAX_ATTEMPTS": 8,
    # The answers the form offers to "how did you hear of us?", as [value, label] pairs.
    "ENQUIRY_HEARD_FROM": [
        ["search", "A search engine"],
        ["friend", "A friend or relative"],
        ["social", "Social media"],
        ["guidebook", "A guidebook or blog"],
        ["other", "Somewhere else"],
    ],
    # Seconds a visitor must have had the form before sending it (bots send at once), and
    # the seconds after which the form's token has expired.
    "ENQUIRY_MIN_SECONDS": 3,
    "ENQUIRY_TOKEN_MAX_AGE": 2 * 24 * 60 * 60,
    # Enquiries accepted per client IP address in a window of "seconds".
    "ENQUIRY_RATE_LIMIT": {"count": 5, "seconds": 60 * 60},
    # The largest request body the enquiry endpoint reads, in bytes.
    "ENQUIRY_MAX_BODY_BYTES": 16 * 1024,
    # Days an enquiry is kept; `manage.py delete_old_enquiries` deletes older ones.
    "ENQUIRY_RETENTION_DAYS": 365,
}


class GuideSettings:
    def __init__(self, defaults=None):
        self.defaults = defaults or DEFAULTS
        self._cache = {}

    @property
    def user_settings(self):
        return getattr(settings, "GUIDE", {})

    def __getattr__(self, name):
        if name not in self.defaults:
            raise AttributeError(f"Unknown GUIDE setting: {name}")
        if name not in self._cache:
            self._cache[name] = self.user_settings.get(name, self.defaults[name])
        return self._cache[name]

    def reload(self):
        self._cache.clear()


guide_settings = GuideSettings()


def _reload(*, setting, **kwargs):
    if setting == "GUIDE":
        guide_settings.reload()


setting_changed.connect(_reload)
