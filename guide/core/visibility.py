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

from django.db.models import Exists, OuterRef, Q
from django.utils import timezone
from wagtail.models import (
    Collection,
    CollectionViewRestriction,
    Locale,
    Page,
    PageViewRestriction,
    Site,
)

from . import locales

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


# The rule a page is being rendered with (see `Visibility.read_in`): rich-text links follow
# the reader's language through it.
_reading: ContextVar = ContextVar("guide_reading_visibility", default=None)


def reading_visibility() -> "Visibility | None":
    return _reading.get()


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


def locale_roots(root) -> list[tuple[str, Page]]:
    """[(prefix, root page)] of the site's languages: ('', the root) and ('/es', its Spanish
    translation). Kept on the root page object, which the site memory keeps for a few seconds."""
    roots = getattr(root, "_guide_locale_roots", None)
    if roots is None:
        roots = [("", root)]
        if locales.i18n_enabled():
            translations = root.get_translations().select_related("locale").order_by("pk")
            roots += [(locales.prefix(page.locale.language_code), page) for page in translations]
        root._guide_locale_roots = roots
    return roots


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
    # While a page is rendered, its locale: lists and links then show pages in that language,
    # or the default language's page where no translation is public (see `read_in`).
    reader_locale_id: int | None = None

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
            under = Q()
            for _, root in self.roots:
                under |= Q(path__startswith=root.path)
            queryset = queryset.filter(under, depth__gte=self.root.depth)
        for path in self.restricted_paths:
            queryset = queryset.exclude(path__startswith=path)
        if self.reader_locale_id is not None and self.root is not None:
            queryset = queryset.filter(self._in_reader_language())
        return queryset

    def _in_reader_language(self) -> Q:
        """The reader's language, and the default language's pages not translated into it."""
        reader, default = self.reader_locale_id, self.root.locale_id
        if reader == default:
            return Q(locale_id=reader)
        translated = Page.objects.filter(
            translation_key=OuterRef("translation_key"), locale_id=reader, live=True
        )
        return Q(locale_id=reader) | Q(locale_id=default) & ~Exists(translated)

    @cached_property
    def roots(self) -> list[tuple[str, Page]]:
        return locale_roots(self.root) if self.root is not None else []

    def in_language(self, queryset, language_code: str):
        """``queryset`` narrowed to the pages of one language of the site."""
        for prefix, root in self.roots:
            if prefix == locales.prefix(language_code):
                return queryset.filter(path__startswith=root.path)
        return queryset.none()

    @contextmanager
    def read_in(self, page):
        """Lists and links made meanwhile are in ``page``'s language (see `reader_locale_id`)."""
        previous, self.reader_locale_id = self.reader_locale_id, page.locale_id
        token = _reading.set(self)
        try:
            yield
        finally:
            _reading.reset(token)
            self.reader_locale_id = previous

    def localized(self, page):
        """The public translation of ``page`` in the reader's language, else ``page``."""
        reader = self.reader_locale_id
        if reader is None or page.locale_id == reader:
            return page
        cache = self.__dict__.setdefault("_translations", {})
        key = (page.translation_key, reader)
        if key not in cache:
            cache[key] = Page.objects.filter(
                translation_key=page.translation_key, locale_id=reader
            ).first()
        translation = cache[key]
        return translation if translation is not None and self.is_visible(translation) else page

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
        return any(page.path.startswith(root.path) for _, root in self.roots)

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
        """'/lares/trek-4-days/' for a page whose url_path is '/home/lares/trek-4-days/';
        '/es/lares/trek-4-dias/' for one under the Spanish root '/inicio/'."""
        for prefix, root in self.roots:
            if page.path.startswith(root.path):
                return prefix + page.url_path[len(root.url_path) - 1 :]
        return page.url_path[len(self.root.url_path) - 1 :]

    def url_path_for(self, path: str) -> str:
        """The url_path that a frontend path such as '/es/lares/trek-4-dias/' stands for."""
        language, rest = locales.split_prefix(path)
        root = self.root
        if language is not None:
            wanted = locales.prefix(language)
            root = next((page for prefix, page in self.roots if prefix == wanted), None)
            if root is None:
                return ""  # no tree in that language: no page answers
        return root.url_path + rest.strip("/") + ("/" if rest.strip("/") else "")

    def link(self, page) -> dict:
        """{id, title, path} of ``page`` as the reader's language shows it: its translation
        where one is public; else the original, at the reader's prefix (where the visitor
        site says it is not translated yet and links the original)."""
        page = self.localized(page)
        path = self.path_of(page)
        if self.reader_locale_id is not None and page.locale_id != self.reader_locale_id:
            path = self.reader_prefix + path
        return {"id": page.pk, "title": page.title, "path": path}

    def language_of(self, page) -> str:
        """The language code of ``page`` (every locale is read once per Visibility)."""
        codes = self.__dict__.get("_language_codes")
        if codes is None or page.locale_id not in codes:
            codes = self.__dict__["_language_codes"] = dict(
                Locale.objects.values_list("pk", "language_code")
            )
        return codes[page.locale_id]

    def one_per_page(self, pages) -> list:
        """``pages`` with one language version of each: the reader's where it is among them,
        else the first listed (a list derived from every language's pages)."""
        chosen: dict = {}
        for page in pages:
            kept = chosen.get(page.translation_key)
            if kept is None or (
                kept.locale_id != self.reader_locale_id and page.locale_id == self.reader_locale_id
            ):
                chosen[page.translation_key] = page
        return [page for page in pages if chosen[page.translation_key] is page]

    def prefetch_translations(self, pages) -> None:
        """Load the language versions of ``pages`` in one query, for `translations_of`."""
        keys = {page.translation_key for page in pages}
        known = self.__dict__.setdefault("_versions", {})
        wanted = keys - known.keys()
        for key in wanted:
            known[key] = []
        if wanted and self.roots:
            for version in Page.objects.filter(translation_key__in=wanted):
                known[version.translation_key].append(version)

    def translations_of(self, page) -> list[dict]:
        """[{locale, path, title}] of the page's other public language versions."""
        self.prefetch_translations([page])
        return [
            {
                "locale": self.language_of(version),
                "path": self.path_of(version),
                "title": version.title,
            }
            for version in sorted(self._versions[page.translation_key], key=lambda v: v.locale_id)
            if version.pk != page.pk and self.is_visible(version)
        ]

    @property
    def reader_prefix(self) -> str:
        """'/es' while a Spanish page is rendered; '' otherwise."""
        if self.reader_locale_id is None or self.reader_locale_id == self.root.locale_id:
            return ""
        return next(
            (prefix for prefix, root in self.roots if root.locale_id == self.reader_locale_id), ""
        )
