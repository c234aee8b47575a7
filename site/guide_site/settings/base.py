"""Settings shared by every environment. Environment-specific files import from here."""

import os
from datetime import timedelta
from pathlib import Path
from urllib.parse import urlsplit

import dj_database_url

from .season_presets import ANDEAN_SEASON_PRESETS

PROJECT_DIR = Path(__file__).resolve().parent.parent
BASE_DIR = PROJECT_DIR.parent.parent  # the repository root: manage.py, media/, var/

INSTALLED_APPS = [
    "guide_site.home",  # the site's own home page
    "guide.core",
    "guide.places",
    "guide.faqs",
    "guide.destinations",
    "guide.communities",
    "guide.itineraries",
    "guide.preview",
    "guide.api",
    "guide.ops",  # health checks, request ids, the 503 and password-form limit
    "guide.facts",  # numbers in the text checked against the typed facts
    "guide.enquiries",  # visitors' requests for information, and the editors' inbox
    "guide.i18n",  # translations: locale paths, facts kept in step across languages
    "wagtail_localize",  # translating pages and snippets in the admin
    "wagtail_localize.locales",  # the admin's locale settings (replaces wagtail.locales)
    "wagtail.api.v2",
    "wagtail.api.v3",
    "wagtail.contrib.forms",
    "wagtail.contrib.frontend_cache",  # a CDN's purge, when WAGTAILFRONTENDCACHE names one
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_filters",
    "rest_framework",
    "ninja",  # serves the API docs page from local static files, not a CDN
    "corsheaders",
    "axes",  # sign-in attempt limits
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
]

MIDDLEWARE = [
    # Outermost: every response, whoever made it, gets the request id and an access line.
    "guide.ops.request_log.RequestLogMiddleware",
    "corsheaders.middleware.CorsMiddleware",
    # A database that is down answers 503, also when the failure is in a middleware below.
    "guide.ops.unavailable.DatabaseUnavailableMiddleware",
    # A full disk during an upload: a 507 with a message, nothing half-saved.
    "guide.ops.storage_full.StorageFullMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "guide.core.middleware.RejectNulCharactersMiddleware",
    # Serves public API responses kept in Redis before sessions and views are involved.
    "guide.api.store.response_cache.ResponseCacheMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    # Outermost of the two on the way out: Cache-Control is set before the ETag and 304 check.
    "django.middleware.http.ConditionalGetMiddleware",
    "guide.core.middleware.APICacheControlMiddleware",
    "guide.ops.password_limit.PasswordAttemptLimitMiddleware",
    # Last, as django-axes asks: turns a locked-out sign-in into its 429 answer.
    "axes.middleware.AxesMiddleware",
]

# Browsers may call the API from these origins (comma-separated), e.g. the visitor site.
CORS_ALLOWED_ORIGINS = [
    origin.strip()
    for origin in os.environ.get(
        "CORS_ALLOWED_ORIGINS", "http://localhost:3000,http://127.0.0.1:3000"
    ).split(",")
    if origin.strip()
]
CORS_URLS_REGEX = r"^/api/.*$"

ROOT_URLCONF = "guide_site.urls"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [PROJECT_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]

WSGI_APPLICATION = "guide_site.wsgi.application"

# DATABASE_URL picks the database; SQLite under var/ is the embedded default.
DEFAULT_SQLITE_PATH = BASE_DIR / "var" / "db.sqlite3"
DATABASES = {
    "default": dj_database_url.config(
        env="DATABASE_URL",
        default=f"sqlite:///{DEFAULT_SQLITE_PATH}",
        conn_max_age=int(os.environ.get("DATABASE_CONN_MAX_AGE", "0")),
        # A kept connection is tested before a request uses it, so a database restart costs
        # no request an error.
        conn_health_checks=True,
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # SQLite has one writer at a time: a publish waits for the background renderer's batch
    # (and the other way round) instead of failing with "database is locked" after 5 s.
    DATABASES["default"].setdefault("OPTIONS", {})["timeout"] = 30
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# REDIS_URL, when set, makes Redis the cache; otherwise each process keeps its own.
if os.environ.get("REDIS_URL"):
    CACHES = {
        "default": {
            # Redis down or frozen: a cache miss after at most a quarter second, not an error.
            "BACKEND": "guide.core.cache.ResilientRedisCache",
            "LOCATION": os.environ["REDIS_URL"],
            "KEY_PREFIX": "guide",
            "OPTIONS": {"socket_connect_timeout": 0.25, "socket_timeout": 0.25},
        }
    }
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}

# django-axes sees every sign-in (the Wagtail and Django admins) before the model backend does.
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]

# Sign-in limits: after LOGIN_FAILURE_LIMIT failures for a username, or from an IP address,
# further attempts are refused until LOGIN_LOCKOUT_MINUTES pass. Password forms of restricted
# pages and documents get the same numbers, per IP address and restriction (GUIDE below).
login_failure_limit = int(os.environ.get("LOGIN_FAILURE_LIMIT", "5"))
login_lockout_minutes = int(os.environ.get("LOGIN_LOCKOUT_MINUTES", "15"))
AXES_FAILURE_LIMIT = login_failure_limit
AXES_COOLOFF_TIME = timedelta(minutes=login_lockout_minutes)
AXES_LOCKOUT_PARAMETERS = ["ip_address", "username"]
AXES_RESET_ON_SUCCESS = True
AXES_VERBOSE = False  # no start-up banner in every command's output; failures are still logged
# The client's address as the guide's password-form limit sees it (GUIDE["TRUSTED_PROXY_COUNT"]).
AXES_CLIENT_IP_CALLABLE = "guide.ops.client_ip.client_ip"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# The guide's languages: the first is the default (paths without a prefix), the others are
# served under /<code>/. Each needs a Locale in the admin (Settings > Locales).
LANGUAGE_CODE = "en"
WAGTAIL_I18N_ENABLED = True
LANGUAGES = WAGTAIL_CONTENT_LANGUAGES = [("en", "English"), ("es", "Español")]
TIME_ZONE = "America/Lima"
USE_I18N = True
USE_TZ = True

STATIC_ROOT = BASE_DIR / "var" / "static"
STATIC_URL = "/static/"
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", BASE_DIR / "media"))
MEDIA_URL = "/media/"

STORAGES = {
    # Uploads are written whole or not at all (no truncated file after a full disk).
    "default": {"BACKEND": "guide.core.storage.AtomicFileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}

DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

WAGTAIL_SITE_NAME = "Trek guide"
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL", "http://localhost:8000")
WAGTAILAPI_LIMIT_MAX = 100
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}
# Larger images are refused at upload, with a message: resizing them would take seconds and
# hundreds of MB per rendition.
WAGTAILIMAGES_MAX_IMAGE_PIXELS = int(os.environ.get("WAGTAILIMAGES_MAX_IMAGE_PIXELS", 40_000_000))
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "gpx", "kml", "odt", "pdf", "txt", "xlsx", "zip"]

# The guide plugin set's own settings, read through guide.core.conf.
GUIDE = {
    "FRONTEND_BASE_URL": os.environ.get("GUIDE_FRONTEND_BASE_URL", "http://localhost:3000"),
    "MEDIA_BASE_URL": os.environ.get("GUIDE_MEDIA_BASE_URL", WAGTAILADMIN_BASE_URL),
    "REVALIDATE_URL": os.environ.get("GUIDE_REVALIDATE_URL", ""),
    "REVALIDATE_SECRET": os.environ.get("GUIDE_REVALIDATE_SECRET", ""),
    "INDEX_PARENT_PAGE_TYPES": ["home.HomePage"],
    # Whole API responses are kept in Redis when there is one (every process shares it).
    "RESPONSE_CACHE": "default" if os.environ.get("REDIS_URL") else None,
    "PASSWORD_FORM_ATTEMPTS": login_failure_limit,
    "PASSWORD_FORM_LOCKOUT_SECONDS": login_lockout_minutes * 60,
    # Reverse proxies in front of Django that append to X-Forwarded-For (production: set it).
    "TRUSTED_PROXY_COUNT": int(os.environ.get("TRUSTED_PROXY_COUNT", "0")),
    "SEASON_PRESETS": ANDEAN_SEASON_PRESETS,
}
# Enquiries: who gets each one by email (comma-separated; empty: the operator's email in the
# admin's settings) and how many one client may send ("COUNT/SECONDS").
if os.environ.get("GUIDE_ENQUIRY_EMAIL_TO", "").strip():
    GUIDE["ENQUIRY_EMAIL_TO"] = [
        address.strip()
        for address in os.environ["GUIDE_ENQUIRY_EMAIL_TO"].split(",")
        if address.strip()
    ]
if os.environ.get("GUIDE_ENQUIRY_RATE_LIMIT", "").strip():
    count, _, seconds = os.environ["GUIDE_ENQUIRY_RATE_LIMIT"].partition("/")
    GUIDE["ENQUIRY_RATE_LIMIT"] = {"count": int(count), "seconds": int(seconds or 3600)}

# The visitor site's own origin may always call the API from the browser: its enquiry form
# posts JSON (a CORS preflight for Content-Type: application/json).
frontend_url = urlsplit(GUIDE["FRONTEND_BASE_URL"])
frontend_origin = f"{frontend_url.scheme}://{frontend_url.netloc}"
if frontend_url.netloc and frontend_origin not in CORS_ALLOWED_ORIGINS:
    CORS_ALLOWED_ORIGINS.append(frontend_origin)

# Outgoing email: the enquiry notifications. SMTP by default, configured from the environment;
# a timeout, so that a mail server that hangs holds a task worker for seconds, not forever.
EMAIL_BACKEND = os.environ.get("EMAIL_BACKEND", "django.core.mail.backends.smtp.EmailBackend")
EMAIL_HOST = os.environ.get("EMAIL_HOST", "localhost")
EMAIL_PORT = int(os.environ.get("EMAIL_PORT", "25"))
EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = os.environ.get("EMAIL_USE_TLS", "false").lower() == "true"
EMAIL_USE_SSL = os.environ.get("EMAIL_USE_SSL", "false").lower() == "true"
EMAIL_TIMEOUT = int(os.environ.get("EMAIL_TIMEOUT", "10"))
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "guide@localhost")
