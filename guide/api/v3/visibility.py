"""Which pages the public API may show, and their paths from the site root.

A page is shown when it is live, not past its expiry date, under the requested site's root page
and outside every section with a view restriction (password, login or group: the public API
treats them all as private). The restrictions and the site are read once per request, so the
same checks can also be applied in Python to pages loaded through relations (alternatives,
related destinations, featured pages) without another query.
"""

from dataclasses import dataclass, field
from datetime import datetime

from django.db.models import Q
from django.utils import timezone
from wagtail.models import Page, PageViewRestriction, Site

_CACHE_ATTRIBUTE = "_guide_api_visibility"


@dataclass
class Visibility:
    root: Page | None
    restricted_paths: tuple[str, ...]
    now: datetime = field(default_factory=timezone.now)

    @classmethod
    def for_request(cls, request) -> "Visibility":
        cached = getattr(request, _CACHE_ATTRIBUTE, None)
        if cached is None:
            site = Site.find_for_request(request)
            restricted = PageViewRestriction.objects.values_list("page__path", flat=True)
            cached = cls(
                root=site.root_page if site else None,
                restricted_paths=tuple(sorted(restricted)),
            )
            setattr(request, _CACHE_ATTRIBUTE, cached)
        return cached

    def pages(self, model=Page):
        """Live, unexpired, public pages of ``model`` under the site's root page."""
        if self.root is None:
            return model.objects.none()
        queryset = (
            model.objects.live()
            .filter(path__startswith=self.root.path, depth__gte=self.root.depth)
            .filter(Q(expire_at__isnull=True) | Q(expire_at__gt=self.now))
        )
        for path in self.restricted_paths:
            queryset = queryset.exclude(path__startswith=path)
        return queryset

    def is_visible(self, page) -> bool:
        """The same test as :meth:`pages`, for a page already loaded."""
        return (
            self.root is not None
            and page.live
            and (page.expire_at is None or page.expire_at > self.now)
            and page.path.startswith(self.root.path)
            and not any(page.path.startswith(path) for path in self.restricted_paths)
        )

    def path_of(self, page) -> str:
        """'/lares/trek-4-days/' for a page whose url_path is '/home/lares/trek-4-days/'."""
        return page.url_path[len(self.root.url_path) - 1 :]

    def url_path_for(self, path: str) -> str:
        """The url_path that a frontend path such as '/lares/trek-4-days/' stands for."""
        return self.root.url_path + path.strip("/") + ("/" if path.strip("/") else "")

    def link(self, page) -> dict:
        return {"id": page.pk, "title": page.title, "path": self.path_of(page)}
