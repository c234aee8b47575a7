"""The store's tests use the v3 API's pages: the trek, its short variant, a destination, a
community, each with its hero image; `guide` links them together as an editor would."""

from tests.api_v3.conftest import (  # noqa: F401 (fixtures)
    _api_settings,
    community,
    destination,
    hero,
    short_trek,
    trek,
)

from .guide import cache_mode, guide  # noqa: F401 (fixtures)
