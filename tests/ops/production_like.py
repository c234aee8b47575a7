"""Production settings plus one URL that fails, for the tests that serve the site with gunicorn."""

from guide_site.settings.production import *  # noqa: F403

ROOT_URLCONF = "tests.ops.production_like_urls"
