"""Configuration comes from the environment; production refuses to start without its secrets."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PRODUCTION_ENV = {
    "SECRET_KEY": "x7-long-random-production-key-for-tests-only-0123456789-abcdefghij",
    "ALLOWED_HOSTS": "guide.example.org",
}


def manage(*args, settings="guide_site.settings.production", **env):
    base_env = {k: v for k, v in os.environ.items() if k not in ("SECRET_KEY", "ALLOWED_HOSTS")}
    base_env.pop("DATABASE_URL", None)
    base_env.update(env, DJANGO_SETTINGS_MODULE=settings)
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env=base_env,
        capture_output=True,
        text=True,
        timeout=120,
    )


def settings_value(expression, settings="guide_site.settings.dev", **env):
    code = f"from django.conf import settings; print({expression})"
    result = manage("shell", "--no-imports", "-c", code, settings=settings, **env)
    assert result.returncode == 0, result.stderr
    return result.stdout.strip()


def test_production_check_deploy_passes_without_warnings():
    result = manage("check", "--deploy", **PRODUCTION_ENV)
    assert result.returncode == 0, result.stderr
    assert "System check identified no issues" in result.stdout
    assert "WARNING" not in result.stderr + result.stdout


@pytest.mark.parametrize("missing", ["SECRET_KEY", "ALLOWED_HOSTS"])
def test_production_refuses_to_start_without_a_required_variable(missing):
    env = {name: value for name, value in PRODUCTION_ENV.items() if name != missing}
    result = manage("check", "--deploy", **env)
    assert result.returncode != 0
    assert f"The environment variable {missing} must be set" in result.stderr


def test_the_demo_app_is_installed_in_development_only():
    production = settings_value(
        "settings.INSTALLED_APPS", "guide_site.settings.production", **PRODUCTION_ENV
    )
    assert "guide.demo" not in production and "guide.itineraries" in production
    assert "guide.demo" in settings_value("settings.INSTALLED_APPS", "guide_site.settings.dev")


def test_sqlite_under_var_is_the_default_database():
    engine = settings_value("settings.DATABASES['default']['ENGINE']")
    name = settings_value("settings.DATABASES['default']['NAME']")
    assert engine == "django.db.backends.sqlite3"
    assert name == str(ROOT / "var" / "db.sqlite3")


def test_database_url_selects_postgresql():
    env = {"DATABASE_URL": "postgres://guide:secret@db.internal:5433/trekguide"}
    assert settings_value("settings.DATABASES['default']['ENGINE']", **env) == (
        "django.db.backends.postgresql"
    )
    assert settings_value("settings.DATABASES['default']['NAME']", **env) == "trekguide"
    assert settings_value("settings.DATABASES['default']['PORT']", **env) == "5433"


def test_redis_url_makes_redis_the_cache():
    """With REDIS_URL set, a value cached by one process is read by another through Redis."""
    redis_url = os.environ.get("TEST_REDIS_URL", "redis://127.0.0.1:6379/15")
    import redis

    try:
        redis.Redis.from_url(redis_url, socket_connect_timeout=2).ping()
    except redis.exceptions.ConnectionError:
        if os.environ.get("CI") == "true":
            raise
        pytest.skip(f"no Redis at {redis_url}")

    token = os.urandom(8).hex()
    write = f"from django.core.cache import cache; cache.set('settings-test', '{token}', 30)"
    written = manage(
        "shell",
        "--no-imports",
        "-c",
        write,
        settings="guide_site.settings.dev",
        REDIS_URL=redis_url,
    )
    assert written.returncode == 0, written.stderr
    read = settings_value(
        "__import__('django.core.cache').core.cache.cache.get('settings-test')",
        REDIS_URL=redis_url,
    )
    assert read == token
    backend = settings_value("settings.CACHES['default']['BACKEND']", REDIS_URL=redis_url)
    assert backend == "guide.core.cache.ResilientRedisCache"
