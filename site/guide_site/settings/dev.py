import os

from .base import *  # noqa: F403

# The demo guide and its generators (load_demo_guide, generate_itineraries): never in production.
INSTALLED_APPS = [*INSTALLED_APPS, "guide.demo"]  # noqa: F405

DEBUG = True
SECRET_KEY = "dev-only-key-never-used-in-production"  # noqa: S105
ALLOWED_HOSTS = ["localhost", "127.0.0.1", "[::1]"]
EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"

# The local visitor site (make run) is told about every publish.
GUIDE = {
    **GUIDE,  # noqa: F405
    "REVALIDATE_URL": os.environ.get(
        "GUIDE_REVALIDATE_URL",
        GUIDE["FRONTEND_BASE_URL"].rstrip("/") + "/api/revalidate",  # noqa: F405
    ),
    "REVALIDATE_SECRET": os.environ.get("GUIDE_REVALIDATE_SECRET", "dev-revalidate-secret"),
}
