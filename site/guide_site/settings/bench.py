"""Settings for `make bench` only: production settings, plus a URL that serves files from
var/bench-static/ through the same middleware, so the bench can compare an API response with the
same bytes read from disk."""

from .production import *  # noqa: F403

ROOT_URLCONF = "guide_site.bench_urls"
BENCH_STATIC_ROOT = BASE_DIR / "var" / "bench-static"  # noqa: F405

# Warnings and errors, tracebacks included, go to stderr, which gunicorn (--capture-output)
# and the task worker write to their logs under var/: a 500 during the bench leaves its cause.
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"stderr": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["stderr"], "level": "WARNING"},
}
