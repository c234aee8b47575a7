from .base import *  # noqa: F403

DEBUG = True
SECRET_KEY = "dev-only-key-never-used-in-production"  # noqa: S105
ALLOWED_HOSTS = ["localhost", "127.0.0.1", "[::1]"]
EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"
