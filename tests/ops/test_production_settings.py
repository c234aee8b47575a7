"""Production settings: JSON logs, kept database connections, health probes over plain HTTP,
and Sentry only when SENTRY_DSN is set."""

import importlib.util

import pytest

from tests.test_settings import PRODUCTION_ENV, manage, settings_value

PRODUCTION = "guide_site.settings.production"


def test_production_logs_json_lines_to_stdout_and_keeps_connections():
    expression = (
        "settings.LOGGING['formatters']['json']['()'], "
        "settings.LOGGING['handlers']['stdout']['stream'], "
        "settings.DATABASES['default']['CONN_MAX_AGE'], "
        "settings.DATABASES['default']['CONN_HEALTH_CHECKS'], "
        "settings.SECURE_REDIRECT_EXEMPT"
    )
    value = settings_value(expression, PRODUCTION, **PRODUCTION_ENV)
    assert value == (
        "guide.ops.json_logs.JSONFormatter ext://sys.stdout 60 True ['^healthz$', '^readyz$']"
    )


@pytest.mark.skipif(
    importlib.util.find_spec("sentry_sdk") is not None, reason="sentry-sdk is installed"
)
def test_a_sentry_dsn_without_sentry_sdk_stops_start_up_with_the_fix():
    env = {**PRODUCTION_ENV, "SENTRY_DSN": "https://key@errors.example.org/1"}
    result = manage("check", **env)
    assert result.returncode != 0
    assert "SENTRY_DSN is set but sentry-sdk is not installed" in result.stderr
