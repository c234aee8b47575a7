"""Renders public pages' API JSON into StoredPage rows: detail, listing card and search card.

Pages are loaded a batch at a time with their payloads' prefetches, so rendering a thousand
itineraries costs a few queries per hundred pages, not per page.
"""

import hashlib
import json
from itertools import groupby

from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from wagtail.models import Page, Site

from guide.core.visibility import Visibility, listening_for_shown_pages, restricted_page_paths

from ..models import StoredPage
from ..v3.declarations import declaration_for, payload
from ..v3.schemas.pages import SEARCH_CARD_FIELDS

BATCH_SIZE = 100
JSON_FORMAT = {"ensure_ascii": False, "separators": (",", ":")}


class RecordingVisibility(Visibility):
    """The public rule, remembering every page it links or shows, for StoredPage.shows."""

    def start(self):
        self.shown = {}

    def record(self, page, until=None):
        """``page`` is shown; what shows it goes stale at its expiry or ``until``."""
        if getattr(self, "shown", None) is not None:
            times = [self.shown.get(page.pk), page.expire_at, until]
            self.shown[page.pk] = min((time for time in times if time), default=None)

    def record_card(self, page, stale_after) -> None:
        """A stored card is shown: what shows it goes stale with the card (say, when the listed
        itinerary's next departure passes)."""
        self.record(page, stale_after)

    def is_visible(self, page) -> bool:
        visible = super().is_visible(page)
        if visible:
            self.record(page)
        return visible

    def path_of(self, page) -> str:
        self.record(page)
        return super().path_of(page)


def public_visibilities() -> list[tuple[Site, RecordingVisibility]]:
    restricted = restricted_page_paths()
    return [
        (site, RecordingVisibility(root=site.root_page, restricted_paths=restricted))
        for site in Site.objects.select_related("root_page").order_by("-root_page__depth")
    ]


def _loaded(model, visibility, ids):
    """The public pages ``ids`` of ``model`` with the relations their JSON reads prefetched."""
    queryset = visibility.pages(model).filter(pk__in=ids).order_by("path")
    with_relations = getattr(model, "with_api_relations", None)
    return with_relations(queryset) if with_relations else queryset


def _render(page, visibility: RecordingVisibility, site: Site) -> StoredPage:
    schema = declaration_for(type(page))
    visibility.start()
    with listening_for_shown_pages(visibility.record), visibility.read_in(page):
        data = schema.model_validate(payload(schema, page, visibility)).model_dump(mode="json")
    row = StoredPage(
        page_id=page.pk,
        site=site,
        url_path=page.url_path,
        type_name=schema.type_name,
        detail=json.dumps(data, **JSON_FORMAT),
    )
    if schema.card_schema is not None:
        row.card = _subset(data, schema.card_fields)
        row.search_card = _subset(data, SEARCH_CARD_FIELDS)
    expiries = [expiry for pk, expiry in visibility.shown.items() if expiry and pk != page.pk]
    if page.expire_at:
        expiries.append(page.expire_at)
    if hasattr(page, "api_stale_after"):  # e.g. an itinerary's next departure passes
        expiries.extend(filter(None, [page.api_stale_after()]))
    row.stale_after = min(expiries, default=None)
    row.shown_ids = set(visibility.shown) - {page.pk}
    content = f"{row.detail}|{row.card}|{row.search_card}|{row.stale_after}"
    row.etag = hashlib.sha1(content.encode()).hexdigest()
    return row


def _subset(data: dict, names) -> str:
    return json.dumps({name: data[name] for name in names}, **JSON_FORMAT)


def _render_batch(model, ids: list[int], site: Site, visibility: RecordingVisibility) -> list:
    pages = list(_loaded(model, visibility, ids))
    visibility.prefetch_translations(pages)
    return [_render(page, visibility, site) for page in pages]


def _save(rows: list[StoredPage]) -> list[StoredPage]:
    """Store ``rows``; returns those whose JSON changed (a row rendered the same as before keeps
    its rendered_at, so nothing downstream, the webhook included, hears of it)."""
    known = dict(
        StoredPage.objects.filter(page_id__in=[row.page_id for row in rows]).values_list(
            "page_id", "etag"
        )
    )
    changed = [row for row in rows if known.get(row.page_id) != row.etag]
    through = StoredPage.shows.through
    with transaction.atomic():
        StoredPage.objects.bulk_create(
            changed,
            update_conflicts=True,
            unique_fields=["page"],
            update_fields=[
                "site",
                "url_path",
                "type_name",
                "detail",
                "card",
                "search_card",
                "etag",
                "stale_after",
                "rendered_at",
            ],
        )
        ids = [row.page_id for row in rows]
        through.objects.filter(storedpage_id__in=ids).delete()
        shown = {pk for row in rows for pk in row.shown_ids}
        existing = set(Page.objects.filter(pk__in=shown).values_list("pk", flat=True))
        through.objects.bulk_create(
            through(storedpage_id=row.page_id, page_id=shown)
            for row in rows
            for shown in row.shown_ids
            if shown in existing
        )
    for row in rows:
        row.changed = row in changed
    return changed


def render_pages(page_ids, progress=None) -> list[StoredPage]:
    """Render and store the public ones of ``page_ids``; drop the rows of the others.

    ``progress(count)`` is called after each batch with the number of pages it handled.
    Returns the rows stored.
    """
    page_ids = set(page_ids)
    # Deepest first: a page's card is stored before the index or home page that lists it.
    pages = Page.objects.filter(pk__in=page_ids).order_by("-depth", "content_type_id", "path")
    sites = public_visibilities()
    stored = []
    for (_, content_type_id), group in groupby(
        pages.values_list("depth", "content_type_id", "pk", "path"), key=lambda item: item[:2]
    ):
        model = ContentType.objects.get_for_id(content_type_id).model_class()
        group = [item[1:] for item in group]
        for start in range(0, len(group), BATCH_SIZE):
            batch = group[start : start + BATCH_SIZE]
            if model is not None and declaration_for(model) is not None:
                stored.extend(_render_for_sites(model, batch, sites))
            if progress:
                progress(len(batch))
    gone = page_ids - {row.page_id for row in stored}
    if gone:
        StoredPage.objects.filter(page_id__in=gone).delete()
    return stored


def _render_for_sites(model, batch, sites) -> list[StoredPage]:
    """Each page goes with the deepest site whose root it is under (paths are from that root)."""
    rows = []
    left = {pk: path for _, pk, path in batch}
    for site, visibility in sites:
        roots = [root.path for _, root in visibility.roots]
        in_site = [pk for pk, path in left.items() if path.startswith(tuple(roots))]
        if not in_site:
            continue
        for pk in in_site:
            del left[pk]
        site_rows = _render_batch(model, in_site, site, visibility)
        _save(site_rows)
        rows.extend(site_rows)
    return rows
