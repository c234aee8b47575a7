import pytest

from guide.core.conf import DEFAULTS, guide_settings


def test_defaults_apply_when_guide_does_not_set_a_value(settings):
    settings.GUIDE = {}
    assert guide_settings.MAX_PAGE_SIZE == 100
    assert guide_settings.SRCSET_WIDTHS == [480, 960, 1600]
    assert DEFAULTS["FRONTEND_BASE_URL"] == guide_settings.FRONTEND_BASE_URL


def test_a_value_in_guide_overrides_its_default(settings):
    settings.GUIDE = {"MAX_PAGE_SIZE": 20, "FRONTEND_BASE_URL": "https://lares.example"}
    assert guide_settings.MAX_PAGE_SIZE == 20
    assert guide_settings.FRONTEND_BASE_URL == "https://lares.example"
    assert guide_settings.SRCSET_WIDTHS == [480, 960, 1600]


def test_changing_guide_again_is_picked_up_not_cached(settings):
    settings.GUIDE = {"MAX_PAGE_SIZE": 20}
    assert guide_settings.MAX_PAGE_SIZE == 20
    settings.GUIDE = {"MAX_PAGE_SIZE": 50}
    assert guide_settings.MAX_PAGE_SIZE == 50


def test_an_unknown_setting_name_is_an_error():
    with pytest.raises(AttributeError, match="Unknown GUIDE setting: MAX_PAGESIZE"):
        guide_settings.MAX_PAGESIZE  # noqa: B018
