"""The one rule for what the public may see: every API, listing, link, search and sitemap uses it.

A page is public when it is live, its expiry time (if it has one) is still ahead, neither it nor
an ancestor carries a view restriction of any kind (password, login or group: the public API
never logs in), and it lies under the site's root page. Wagtail unpublishes an expired page only
when `publish_scheduled` runs, so the date is checked here as well.

A place or an FAQ is public when it is published and not expired (`public_snippets`); pages
show their places' published facts whatever the place's draft says.

An image or a document is public when no view restriction applies to its collection or to one
of that collection's ancestors.

The restrictions are read once per `Visibility` (once per request with `for_request`), so pages
loaded through relations (alternatives, related destinations, featured pages, rich-text links)
are checked in Python with `is_visible`, at no query per link.
"""

import time
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from datetime import datetime
from functools import cached_property

from django.db.models import Q
from django.utils import timezone
from wagtail.models import Collection, CollectionViewRestriction, Page, PageViewRestriction, Site

# Set while the API renders a page to store it: told of each page a rich-text link shows, so
# the stored JSON is rendered again when that page changes or expires.
_shown_pages_listener: ContextVar = ContextVar("guide_shown_pages_listener", default=None)


@contextmanager
def listening_for_shown_pages(listener):
    token = _shown_pages_listener.set(listener)
    try:
        yield
    finally:
        _shown_pages_listener.reset(token)


def note_shown(page) -> None:
    listener = _shown_pages_listener.get()
    if listener is not None:
        listener(page)


# Wagtail looks the request's site up in the database on every request, which costs more than
# serving stored JSON. Sites change rarely: each process remembers the answer for a few seconds.
SITE_MEMORY_SECONDS = 30
_remembered_sites: dict[tuple[str, int], tuple[Site | None, float]] = {}


def site_for_request(request) -> Site | None:
    """Site.find_for_request, remembered per host and port for SITE_MEMORY_SECONDS."""
    if hasattr(request, "_wagtail_site"):
        return request._wagtail_site
    key = (request.get_host(), request.get_port())  # get_host() refuses hosts not allowed
    now = time.monotonic()
    site, until = _remembered_sites.get(key, (None, 0.0))
    if until < now:
        if len(_remembered_sites) > 100:
            _remembered_sites.clear()
        site = Site.find_for_request(request)
        if site is not None:
            site.root_page  # noqa: B018 (loaded once, remembered with the site)
        _remembered_sites[key] = (site, now + SITE_MEMORY_SECONDS)
    request._wagtail_site = site
    return site


def forget_sites(**kwargs) -> None:
    _remembered_sites.clear()


_SITE_CACHE = "_guide_visibility"
_ANY_SITE_CACHE = "_guide_visibility_any_site"


def public_snippets(queryset):
    """The published ones of a snippet model with drafts (places, FAQs): a never-published or
    unpublished one, or one past its expiry time, stays out of every public answer."""
    now = timezone.now()
    return queryset.filter(live=True).filter(Q(expire_at__isnull=True) | Q(expire_at__gt=now))


def is_public_snippet(obj) -> bool:
    """`public_snippets` for an object already loaded (a page's FAQ link), at no query."""
    return obj.live and (obj.expire_at is None or obj.expire_at > timezone.now())


def restricted_page_paths() -> tuple[str, ...]:
    """The tree paths of every page with a view restriction; their descendants share the prefix."""
    return tuple(sorted(PageViewRestriction.objects.values_list("page__path", flat=True)))


@dataclass
class Visibility:
    # The site's root page. None with any_site=False: no site answers, so nothing is public.
    root: Page | None
    restricted_paths: tuple[str, ...]
    now: datetime = field(default_factory=timezone.now)
    # True for links and model methods that have no site to answer for (v2's own listing is
    # already scoped to a site by Wagtail): every site's pages then count.
    any_site: bool = False

    @classmethod
    def public(cls, site: Site | None = None) -> "Visibility":
        """The rule for ``site``, or for the pages of every site when ``site`` is None."""
        return cls(
            root=site.root_page if site is not None else None,
            restricted_paths=restricted_page_paths(),
            any_site=site is None,
        )

    @classmethod
    def for_request(cls, request, *, any_site: bool = False) -> "Visibility":
        """The rule for the request's site (or for every site), read once per request."""
        attribute = _ANY_SITE_CACHE if any_site else _SITE_CACHE
        cached = getattr(request, attribute, None)
        if cached is None:
            if any_site:
                cached = cls.public()
            else:
                site = site_for_request(request)
                cached = cls(
                    root=site.root_page if site else None, restricted_paths=restricted_page_paths()
                )
            setattr(request, attribute, cached)
        return cached

    def pages(self, model=Page):
        """Public pages of ``model``, as a queryset to filter and order further."""
        if self.root is None and not self.any_site:
            return model.objects.none()
        queryset = model.objects.live().filter(
            Q(expire_at__isnull=True) | Q(expire_at__gt=self.now)
        )
        if self.root is not None:
            queryset = queryset.filter(path__startswith=self.root.path, depth__gte=self.root.depth)
        for path in self.restricted_paths:
            queryset = queryset.exclude(path__startswith=path)
        return queryset

    def filter(self, queryset):
        """``queryset`` narrowed to public pages by id.

        Search backends only filter on indexed fields and `expire_at` is not one, so a queryset
        that is searched afterwards must be narrowed this way rather than with :meth:`pages`.
        """
        return queryset.filter(pk__in=self.pages().values_list("pk", flat=True))

    def is_visible(self, page) -> bool:
        """The test of :meth:`pages` for a page already loaded (a link's target)."""
        return (
            page is not None
            and page.live
            and (page.expire_at is None or page.expire_at > self.now)
            and self._in_scope(page)
            and not any(page.path.startswith(path) for path in self.restricted_paths)
        )

    def _in_scope(self, page) -> bool:
        if self.root is None:
            return self.any_site
        return page.path.startswith(self.root.path)

    @cached_property
    def operator(self):
        """The operator settings of the site this rule answers for; None for every site."""
        from .models import OperatorSettings

        if self.root is None:
            return None
        return OperatorSettings.objects.filter(site__root_page=self.root).first()

    @cached_property
    def restricted_collection_ids(self) -> frozenset[int]:
        """Collections under a view restriction of any kind, with all their descendants."""
        paths = list(CollectionViewRestriction.objects.values_list("collection__path", flat=True))
        if not paths:
            return frozenset()
        under = Q()
        for path in paths:
            under |= Q(path__startswith=path)
        return frozenset(Collection.objects.filter(under).values_list("pk", flat=True))

    def media(self, queryset):
        """Images or documents of ``queryset`` that sit in public collections."""
        return queryset.exclude(collection__in=self.restricted_collection_ids)

    def path_of(self, page) -> str:
        """'/lares/trek-4-days/' for a page whose url_path is '/home/lares/trek-4-days/'."""
        return page.url_path[len(self.root.url_path) - 1 :]

    def url_path_for(self, path: str) -> str:
        """The url_path that a frontend path such as '/lares/trek-4-days/' stands for."""
        return self.root.url_path + path.strip("/") + ("/" if path.strip("/") else "")

    def link(self, page) -> dict:
        return {"id": page.pk, "title": page.title, "path": self.path_of(page)}
