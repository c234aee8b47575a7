"""Production settings: secrets come from the environment; a missing one stops start-up."""

import os

from django.core.exceptions import ImproperlyConfigured

from .base import *  # noqa: F403


def required_env(name: str) -> str:
    value = os.environ.get(name, "").strip()
    if not value:
        raise ImproperlyConfigured(
            f"The environment variable {name} must be set for production settings."
        )
    return value


DEBUG = False
SECRET_KEY = required_env("SECRET_KEY")
ALLOWED_HOSTS = [host.strip() for host in required_env("ALLOWED_HOSTS").split(",") if host.strip()]
CSRF_TRUSTED_ORIGINS = [
    origin.strip()
    for origin in os.environ.get("CSRF_TRUSTED_ORIGINS", "").split(",")
    if origin.strip()
]

SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = os.environ.get("SECURE_SSL_REDIRECT", "true").lower() != "false"
# Load balancers and orchestrators probe over plain HTTP.
SECURE_REDIRECT_EXEMPT = [r"^healthz$", r"^readyz$"]
SECURE_HSTS_SECONDS = int(os.environ.get("SECURE_HSTS_SECONDS", str(60 * 60 * 24 * 365)))
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = True
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
SECURE_CONTENT_TYPE_NOSNIFF = True
X_FRAME_OPTIONS = "DENY"

# Connections are kept for a minute (CONN_HEALTH_CHECKS, in base, tests one before reuse).
DATABASES["default"]["CONN_MAX_AGE"] = int(os.environ.get("DATABASE_CONN_MAX_AGE", "60"))  # noqa: F405

# One JSON object per line on stdout, for the process manager to collect: an access line per
# request (guide.access) and every warning and error, tracebacks included, with the request id.
log_level = os.environ.get("LOG_LEVEL", "INFO").upper()
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"json": {"()": "guide.ops.json_logs.JSONFormatter"}},
    "handlers": {
        "stdout": {
            "class": "logging.StreamHandler",
            "stream": "ext://sys.stdout",
            "formatter": "json",
            # On the handler too: Django's own loggers set INFO and propagate past the root's.
            "level": log_level,
        }
    },
    "root": {"handlers": ["stdout"], "level": log_level},
}

# Errors also go to Sentry (or a compatible service) when SENTRY_DSN is set; sentry-sdk is
# needed only then.
if os.environ.get("SENTRY_DSN", "").strip():
    try:
        import sentry_sdk
        from sentry_sdk.integrations.django import DjangoIntegration
    except ImportError as error:
        raise ImproperlyConfigured(
            "SENTRY_DSN is set but sentry-sdk is not installed: pip install sentry-sdk"
        ) from error
    sentry_sdk.init(
        dsn=os.environ["SENTRY_DSN"].strip(),
        integrations=[DjangoIntegration()],
        environment=os.environ.get("SENTRY_ENVIRONMENT", "production"),
        send_default_pii=False,
    )

# Background work (rendering the API JSON that a Place or FAQ edit changes, Wagtail's reference
# index) goes to a queue in the database, run by `manage.py db_worker` beside the web processes.
INSTALLED_APPS = [*INSTALLED_APPS, "django_tasks_db"]  # noqa: F405
TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}

# A frontend webhook, when configured, must be signed with a real secret.
if GUIDE["REVALIDATE_URL"]:  # noqa: F405
    GUIDE["REVALIDATE_SECRET"] = required_env("GUIDE_REVALIDATE_SECRET")  # noqa: F405

# --- Static files, media storage and public address (docs/deploy.md) -----------------------

# Static files: `manage.py collectstatic` writes them to STATIC_ROOT under content-hashed names,
# with gzip copies; WhiteNoise serves them from every app process, hashed names with a year's
# Cache-Control, so nginx and browsers keep them. Right after SecurityMiddleware, a static file
# skips sessions, the database and the guide's middleware.
STATIC_ROOT = os.environ.get("STATIC_ROOT", "").strip() or STATIC_ROOT  # noqa: F405
MIDDLEWARE = [*MIDDLEWARE]  # noqa: F405
MIDDLEWARE.insert(
    MIDDLEWARE.index("django.middleware.security.SecurityMiddleware") + 1,
    "whitenoise.middleware.WhiteNoiseMiddleware",
)
STORAGES = {
    **STORAGES,  # noqa: F405
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}

# Media (images, renditions, documents) on S3-compatible object storage when
# AWS_STORAGE_BUCKET_NAME is set, so that every app server sees the same files; otherwise in
# MEDIA_ROOT, which all app servers must share and nginx serves at /media/. Credentials come
# from AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, or from boto3's other sources (a role).
if os.environ.get("AWS_STORAGE_BUCKET_NAME", "").strip():
    STORAGES["default"] = {
        "BACKEND": "storages.backends.s3.S3Storage",
        "OPTIONS": {
            "bucket_name": os.environ["AWS_STORAGE_BUCKET_NAME"].strip(),
            "endpoint_url": os.environ.get("AWS_S3_ENDPOINT_URL", "").strip() or None,
            "region_name": os.environ.get("AWS_S3_REGION_NAME", "").strip() or None,
            "custom_domain": os.environ.get("AWS_S3_CUSTOM_DOMAIN", "").strip() or None,
            # "path" for servers without a DNS name per bucket (MinIO, a bare IP address).
            "addressing_style": os.environ.get("AWS_S3_ADDRESSING_STYLE", "").strip() or None,
            "location": os.environ.get("AWS_LOCATION", "").strip(),
            # Unsigned URLs: the API's JSON is rendered at publish time and kept, so a signed
            # URL would expire inside it. Images must therefore be publicly readable.
            "querystring_auth": False,
            # An upload never replaces an earlier file of the same name.
            "file_overwrite": False,
            # Renditions and originals get new names when they change.
            "object_parameters": {"CacheControl": "public, max-age=604800"},
        },
    }
# Documents always go through Django, which checks their collection's privacy, rather than a
# redirect to a storage URL that anyone could share.
WAGTAILDOCS_SERVE_METHOD = "serve_view"

# The address the public reaches this site at, e.g. https://cms.example.org. API v2 builds
# detail_url, download_url and the find redirects from WAGTAILAPI_BASE_URL (without it, from the
# Site record, http://localhost in the demo); the admin's links and the API's local media URLs
# follow PUBLIC_URL too unless WAGTAILADMIN_BASE_URL or GUIDE_MEDIA_BASE_URL say otherwise.
public_url = os.environ.get("PUBLIC_URL", "").strip().rstrip("/")
WAGTAILAPI_BASE_URL = os.environ.get("WAGTAILAPI_BASE_URL", "").strip() or public_url or None
if public_url and not os.environ.get("WAGTAILADMIN_BASE_URL", "").strip():
    WAGTAILADMIN_BASE_URL = public_url
if public_url and not os.environ.get("GUIDE_MEDIA_BASE_URL", "").strip():
    GUIDE = {**GUIDE, "MEDIA_BASE_URL": public_url}  # noqa: F405
