"""load_demo_guide's admin account never keeps the documented password when DEBUG is off."""

import pytest
from django.contrib.auth import get_user_model

from guide.demo.builders.base import Demo
from guide.demo.builders.site import DEV_PASSWORD, build_admin


def build(settings, debug):
    settings.DEBUG = debug
    lines = []
    build_admin(Demo(lines.append))
    return "\n".join(lines)


def printed_password(output):
    [line] = [line for line in output.splitlines() if line.startswith("user: admin  password: ")]
    return line.removeprefix("user: admin  password: ")


@pytest.fixture
def admin_model(db):
    return get_user_model()


def test_without_debug_the_admin_gets_a_random_password_shown_once(settings, admin_model):
    output = build(settings, debug=False)
    password = printed_password(output)
    admin = admin_model.objects.get(username="admin")
    assert admin.is_superuser and admin.check_password(password)
    assert password != DEV_PASSWORD and len(password) >= 20
    assert "DEBUG is off" in output and "shown only once" in output

    again = build(settings, debug=False)
    assert password not in again and "password was not changed" in again
    assert admin_model.objects.get(username="admin").check_password(password)


def test_without_debug_the_documented_password_left_by_a_development_run_is_replaced(
    settings, admin_model
):
    assert f"password: {DEV_PASSWORD}" in build(settings, debug=True)
    output = build(settings, debug=False)
    admin = admin_model.objects.get(username="admin")
    assert not admin.check_password(DEV_PASSWORD)
    assert admin.check_password(printed_password(output))
    assert "documented password is replaced" in output


def test_with_debug_the_documented_password_is_used_and_printed(settings, admin_model):
    output = build(settings, debug=True)
    assert f"user: admin  password: {DEV_PASSWORD}" in output
    assert admin_model.objects.get(username="admin").check_password(DEV_PASSWORD)
