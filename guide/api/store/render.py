"""Renders public pages' API JSON into StoredPage rows: detail, listing card and search card.

Pages are loaded a batch at a time with their payloads' prefetches, so rendering a thousand
itineraries costs a few queries per hundred pages, not per page.
"""

import hashlib
from itertools import groupby

from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from pydantic import TypeAdapter
from wagtail.models import Page, PageViewRestriction, Site

from guide.communities.models import CommunityProfilePage
from guide.destinations.models import DestinationPage
from guide.itineraries.models import ItineraryPage

from ..models import StoredPage
from ..v3.payloads import itineraries, place_pages
from ..v3.payloads.pages import page_cards
from ..v3.payloads.registry import payload_for
from ..v3.schemas.destinations import GuidePlacePageCard
from ..v3.schemas.itineraries import GuideItineraryCard
from ..v3.schemas.pages import GuidePage, GuidePageCard
from ..v3.visibility import Visibility

BATCH_SIZE = 100
DETAIL = TypeAdapter(GuidePage)
SEARCH_CARD = TypeAdapter(GuidePageCard)

# Listing cards: the queryset that loads a card's relations, the card builder and its schema.
CARDS = {
    ItineraryPage: (itineraries.card_queryset, itineraries.itinerary_card, GuideItineraryCard),
    DestinationPage: (
        lambda visibility: place_pages.card_queryset(DestinationPage, visibility),
        place_pages.place_page_card,
        GuidePlacePageCard,
    ),
    CommunityProfilePage: (
        lambda visibility: place_pages.card_queryset(CommunityProfilePage, visibility),
        place_pages.place_page_card,
        GuidePlacePageCard,
    ),
}


class RecordingVisibility(Visibility):
    """The public rule, remembering every page it links or shows, for StoredPage.shows."""

    def start(self):
        self.shown = {}

    def _record(self, page):
        if getattr(self, "shown", None) is not None:
            self.shown[page.pk] = page.expire_at

    def is_visible(self, page) -> bool:
        visible = super().is_visible(page)
        if visible:
            self._record(page)
        return visible

    def path_of(self, page) -> str:
        self._record(page)
        return super().path_of(page)


def public_visibilities() -> list[tuple[Site, RecordingVisibility]]:
    restricted = tuple(sorted(PageViewRestriction.objects.values_list("page__path", flat=True)))
    return [
        (site, RecordingVisibility(root=site.root_page, restricted_paths=restricted))
        for site in Site.objects.select_related("root_page").order_by("-root_page__depth")
    ]


def _json(adapter: TypeAdapter, payload: dict) -> str:
    return adapter.dump_json(adapter.validate_python(payload)).decode()


def _render_detail(page, visibility: RecordingVisibility, site: Site) -> StoredPage:
    visibility.start()
    detail = _json(DETAIL, payload_for(type(page)).build(page, visibility))
    expiries = [expiry for pk, expiry in visibility.shown.items() if expiry and pk != page.pk]
    if page.expire_at:
        expiries.append(page.expire_at)
    row = StoredPage(
        page_id=page.pk,
        site=site,
        url_path=page.url_path,
        type_name=DETAIL.validate_json(detail).root.type,
        detail=detail,
        stale_after=min(expiries, default=None),
    )
    row.shown_ids = set(visibility.shown) - {page.pk}
    return row


def _render_batch(model, ids: list[int], site: Site, visibility: RecordingVisibility) -> list:
    payload = payload_for(model)
    pages = list(payload.queryset(visibility, model).filter(pk__in=ids).order_by("path"))
    rows = {page.pk: _render_detail(page, visibility, site) for page in pages}
    if model in CARDS and rows:
        card_queryset, build_card, schema = CARDS[model]
        adapter = TypeAdapter(schema)
        for page in card_queryset(visibility).filter(pk__in=rows):
            rows[page.pk].card = _json(adapter, build_card(page, visibility))
        for card in page_cards(pages, visibility):
            rows[card["id"]].search_card = _json(SEARCH_CARD, card)
    for row in rows.values():
        content = f"{row.detail}|{row.card}|{row.search_card}|{row.stale_after}"
        row.etag = hashlib.sha1(content.encode()).hexdigest()
    return list(rows.values())


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
    pages = Page.objects.filter(pk__in=page_ids).order_by("content_type_id", "path")
    sites = public_visibilities()
    stored = []
    for content_type_id, group in groupby(
        pages.values_list("content_type_id", "pk", "path"), key=lambda item: item[0]
    ):
        model = ContentType.objects.get_for_id(content_type_id).model_class()
        group = list(group)
        for start in range(0, len(group), BATCH_SIZE):
            batch = group[start : start + BATCH_SIZE]
            if model is not None and payload_for(model) is not None:
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
        in_site = [pk for pk, path in left.items() if path.startswith(site.root_page.path)]
        if not in_site:
            continue
        for pk in in_site:
            del left[pk]
        site_rows = _render_batch(model, in_site, site, visibility)
        _save(site_rows)
        rows.extend(site_rows)
    return rows
