import uuid

import pytest
from axes.utils import reset


@pytest.fixture
def fresh_limits(db, settings):
    """No sign-in failures recorded and an empty cache (password-form counts), before and after."""
    settings.CACHES = {
        **settings.CACHES,
        "default": {
            "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
            "LOCATION": f"ops-{uuid.uuid4().hex}",
        },
    }
    reset()
    yield
    reset()
