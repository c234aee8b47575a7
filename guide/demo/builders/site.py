"""The Wagtail site around the guide: default site, operator settings and the admin account."""

import secrets

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.contenttypes.models import ContentType
from wagtail.models import Page, Site

from guide.core.models import OperatorSettings
from guide.demo.content.site import OPERATOR

from .base import Demo

WELCOME_TITLE = "Welcome to your new Wagtail site!"
DEV_PASSWORD = "lares-admin"  # noqa: S105 - only ever set when settings.DEBUG is True
ADMIN_URL = "http://localhost:8000/admin/"


def default_site() -> Site:
    site = Site.objects.filter(is_default_site=True).first()
    if site is None:
        site = Site.objects.create(
            hostname="localhost",
            port=80,
            root_page=Page.get_first_root_node(),
            is_default_site=True,
            site_name="Lares Trek Guide",
        )
    return site


def remove_welcome_page(demo: Demo) -> None:
    """Deletes the placeholder page Wagtail's first migration creates, if it is still there.

    Sites still pointing at it are moved to the tree root first, since deleting a site's root
    page would delete the site with it.
    """
    page_type = ContentType.objects.get_for_model(Page)
    welcome = Page.objects.filter(depth=2, content_type=page_type, title=WELCOME_TITLE).first()
    if welcome is None:
        return
    Site.objects.filter(root_page=welcome).update(root_page=Page.get_first_root_node())
    welcome.delete()
    demo.write("removed Wagtail's welcome page")


def point_site_at(demo: Demo, home: Page) -> Site:
    site = default_site()
    if site.root_page_id != home.pk:
        site.root_page = home
        site.site_name = site.site_name or home.title
        site.save()
        demo.write(f"default site {site.hostname}:{site.port} now shows '{home.title}'")
    return site


def build_operator(demo: Demo, site: Site) -> None:
    operator, created = OperatorSettings.objects.get_or_create(site=site, defaults=OPERATOR)
    if not created and not operator.name:
        # An empty row made by OperatorSettings.for_site(); fill it in once.
        for field, value in OPERATOR.items():
            setattr(operator, field, value)
        operator.save()
        created = True
    demo.report("operator settings", 1, int(created), f": {operator.name}")


def build_admin(demo: Demo) -> None:
    """A superuser 'admin'. The documented password only with DEBUG; otherwise a random one,
    shown once, which also replaces the documented one if an earlier run under DEBUG set it."""
    user_model = get_user_model()
    user = user_model.objects.filter(username="admin").first()
    if settings.DEBUG:
        if user is None:
            user_model.objects.create_superuser("admin", "admin@example.com", DEV_PASSWORD)
            demo.write("admin user created")
        elif not user.check_password(DEV_PASSWORD):
            demo.write("admin user already exists with its own password; left unchanged")
            return
        demo.write(f"Admin: {ADMIN_URL}  user: admin  password: {DEV_PASSWORD}")
        return
    if user is not None and not user.check_password(DEV_PASSWORD):
        demo.write("admin user already exists; its password was not changed")
        return
    password = secrets.token_urlsafe(18)
    if user is None:
        user_model.objects.create_superuser("admin", "admin@example.com", password)
        demo.write("DEBUG is off: admin user created with a random password")
    else:
        user.set_password(password)
        user.save(update_fields=["password"])
        demo.write("DEBUG is off: the admin user's documented password is replaced")
    demo.write(f"user: admin  password: {password}")
    demo.write("This password is shown only once: store it now or change it in the admin.")
