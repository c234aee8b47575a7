import tempfile
from pathlib import Path

from .base import *  # noqa: F403

# The demo guide and its generators (load_demo_guide, generate_itineraries): never in production.
INSTALLED_APPS = [*INSTALLED_APPS, "guide.demo"]  # noqa: F405

DEBUG = False
SECRET_KEY = "test-only-key"  # noqa: S105
ALLOWED_HOSTS = ["testserver", "localhost", "127.0.0.1"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]  # fast logins in tests
# Uploads and renditions go to a throwaway folder, never to the repository's media/.
MEDIA_ROOT = Path(tempfile.gettempdir()) / "guide-test-media"
