"""Serving stored JSON: a detail in one query, a listing's cards in one more.

A row that is missing (never rendered, or dropped by a change) or stale (something it shows
expired) is rendered on the spot and stored, so a request never waits for the background
renderer and never sees a page that stopped being public.
"""

import hashlib
import json

from django.db.models import Count, OuterRef, Subquery, Window
from django.http import HttpResponse
from django.utils import timezone
from wagtail.models import Page, Site

from guide.core import locales
from guide.core.visibility import Visibility, site_for_request

from ..models import StoredPage
from ..v3.errors import BadRequest
from .render import render_pages

JSON = "application/json"


def translation_id(page_id: int, language: str) -> int | None:
    """The id of the page's version in ``language`` (itself when it is in that language)."""
    key = Page.objects.filter(pk=page_id).values("translation_key")[:1]
    versions = Page.objects.filter(translation_key=Subquery(key), locale__language_code=language)
    return versions.values_list("pk", flat=True).first()


def stored_page(
    request, *, page_id: int | None = None, path: str | None = None, language: str | None = None
):
    """The stored row of the public page with ``page_id`` or frontend ``path`` on the request's
    site (its version in ``language``, when given), rendering it first when needed; None when
    no public page answers."""
    site = site_for_request(request)
    if site is None:
        return None
    if language is not None and page_id is not None:
        page_id = translation_id(page_id, language)
        if page_id is None:
            return None
    elif language is not None and locales.split_prefix(path)[0] is None:
        path = locales.prefix(language) + path
    rows = StoredPage.objects.defer("card", "search_card")
    if page_id is not None:
        row = rows.filter(page_id=page_id).first()
    else:
        url_path = Visibility(root=site.root_page, restricted_paths=()).url_path_for(path)
        row = rows.filter(site=site, url_path=url_path).first()
    if row is not None and row.site_id == site.pk and row.is_fresh(timezone.now()):
        return row
    if page_id is None:
        page_id = Page.objects.filter(url_path=url_path).values_list("pk", flat=True).first()
        if page_id is None:
            return None
    rendered = [row for row in render_pages([page_id]) if row.site_id == site.pk]
    return rendered[0] if rendered else None


ALWAYS = ("type", "id")


def requested_fields(fields: str | None, allowed) -> list[str] | None:
    """The names of ``fields`` ('a,b'), checked against ``allowed``; None for all fields."""
    if not fields:
        return None
    names = list(dict.fromkeys(fields.split(",")))
    unknown = [name for name in names if name not in allowed]
    if unknown:
        raise BadRequest(
            f"fields: unknown field '{unknown[0]}'. Fields here: {', '.join(allowed)}.",
            param="fields",
        )
    return names


def _select(data: dict, names: list[str]) -> str:
    keep = [name for name in (*ALWAYS, *names) if name in data]
    return json.dumps({name: data[name] for name in dict.fromkeys(keep)}, separators=(",", ":"))


def detail_response(row: StoredPage, fields: str | None = None) -> HttpResponse:
    """The stored detail, whole (with its stored ETag) or cut down to ``fields``."""
    if not fields:
        response = HttpResponse(row.detail, content_type=JSON)
        response["ETag"] = f'"{row.etag}"'
        return response
    data = json.loads(row.detail)
    names = requested_fields(fields, list(data))
    return HttpResponse(_select(data, names), content_type=JSON)


def window_cards(request, queryset, params) -> tuple[list[str], int]:
    """The stored cards of the requested slice of ``queryset`` (public pages, filtered and
    ordered) and the total count, in one query: each row of the window carries its card and the
    count of the whole result (a window function). Only a window past the end needs a count
    query of its own."""
    site = site_for_request(request)
    stored = StoredPage.objects.filter(page_id=OuterRef("pk"))
    columns = {name: Subquery(stored.values(name)) for name in ("card", "site_id", "stale_after")}
    window = list(
        params.window(
            queryset.annotate(
                **{f"stored_{name}": column for name, column in columns.items()},
                total=Window(Count("pk")),
            ).values_list("pk", "stored_card", "stored_site_id", "stored_stale_after", "total")
        )
    )
    count = window[0][-1] if window else None
    if count is None and params.offset == 0:
        count = 0
    now = timezone.now()
    cards = {}
    for pk, card, site_id, stale_after, _total in window:
        fresh = stale_after is None or stale_after > now
        if card and fresh and site is not None and site_id == site.pk:
            cards[pk] = card
    missing = [pk for pk, *_ in window if pk not in cards]
    if missing:
        cards.update((row.page_id, row.card) for row in render_pages(missing) if row.card)
    items = [cards[pk] for pk, *_ in window if pk in cards]
    return items, queryset.count() if count is None else count


def _stored(page_ids: list[int], field: str, site: Site | None) -> dict[int, str]:
    """The stored ``field`` of each page, rendering those missing, stale or (when ``site`` is
    given) stored for another site; pages that are not public are left out."""
    return {pk: getattr(row, field) for pk, row in _stored_rows(page_ids, field, site).items()}


def _stored_rows(page_ids: list[int], field: str, site: Site | None) -> dict:
    """The StoredPage rows behind :func:`_stored`, in the order of ``page_ids``."""
    now = timezone.now()
    rows = {
        row.page_id: row
        for row in StoredPage.objects.filter(page_id__in=page_ids).only(
            "page_id", "site_id", "stale_after", field
        )
    }
    missing = [
        pk
        for pk in page_ids
        if pk not in rows
        or not rows[pk].is_fresh(now)
        or (site is not None and rows[pk].site_id != site.pk)
    ]
    if missing:
        rows.update((row.page_id, row) for row in render_pages(missing))
    return {pk: rows[pk] for pk in page_ids if getattr(rows.get(pk), field, "")}


def stored_cards(request, page_ids: list[int], field: str = "card") -> list[str]:
    """The stored ``field`` ("card" or "search_card") of each page, in the given order."""
    site = site_for_request(request)
    if site is None or not page_ids:
        return []
    return list(_stored(page_ids, field, site).values())


def stored_values(page_ids: list[int], field: str) -> dict[int, dict]:
    """The stored ``field`` ("detail" or "card") of each public page among ``page_ids``, parsed:
    API v2 serves its declared fields from these (they are the same fields as v3's)."""
    return {pk: json.loads(text) for pk, text in _stored(page_ids, field, site=None).items()}


def cards_of(pages, field: str, visibility) -> list[dict]:
    """The stored cards ("card" or "search_card") of ``pages``, for a page that lists them
    (an index, the home page). Each is named to ``visibility``, so the listing page is rendered
    again when one of them changes."""
    for page in pages:
        visibility.path_of(page)
    rows = _stored_rows([page.pk for page in pages], field, site=None)
    record_card = getattr(visibility, "record_card", None)  # only while rendering
    if record_card:
        for page in pages:
            if page.pk in rows:
                record_card(page, rows[page.pk].stale_after)
    cards = {pk: json.loads(getattr(row, field)) for pk, row in rows.items()}
    for page in pages:  # a page not in the reader's language: linked at the reader's prefix
        if page.pk in cards and visibility.reader_locale_id not in (None, page.locale_id):
            cards[page.pk]["path"] = visibility.reader_prefix + cards[page.pk]["path"]
    return list(cards.values())


def listing_response(count: int, items: list[str], fields=None, card_schema=None) -> HttpResponse:
    """{"count": n, "items": [...]} from cards that are already JSON, each cut down to
    ``fields`` (checked against ``card_schema``) when given."""
    names = requested_fields(fields, list(card_schema.model_fields)) if card_schema else None
    if names:
        items = [_select(json.loads(item), names) for item in items]
    body = f'{{"count":{count},"items":[{",".join(items)}]}}'
    response = HttpResponse(body, content_type=JSON)
    response["ETag"] = f'"{hashlib.sha1(body.encode()).hexdigest()}"'
    return response
