"""The store's tests use the v3 API's pages: the trek, its short variant, a destination, a
community, each with its hero image."""

from tests.api_v3.conftest import (  # noqa: F401 (fixtures)
    _api_settings,
    community,
    destination,
    hero,
    short_trek,
    trek,
)
