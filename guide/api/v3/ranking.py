"""Search results by relevance: the ids of one window of results, and how many there are.

Wagtail's SQLite full-text backend orders by a score computed in a correlated subquery, which
runs the full-text match again for every candidate page (about 30 ms over 1,000 itineraries).
On that backend the match here runs once, with its bm25 score, ordered and sliced in the same
query: the same order (score, then newest id) at a fifth of the cost. Other backends, such as
PostgreSQL's, rank in one pass already and go through Wagtail's search.
"""

from django.db.models import IntegerField, QuerySet
from django.db.models.functions import Cast
from wagtail.search.backends import get_search_backend

SQLITE_FTS_BACKEND = "modelsearch.backends.database.sqlite.sqlite"


def _sqlite_matches(backend, queryset: QuerySet, words: str) -> QuerySet | None:
    """The index entries of ``queryset``'s objects matching ``words``, each with its score;
    None when the backend is not SQLite's full-text one."""
    if type(backend).__module__ != SQLITE_FTS_BACKEND:
        return None
    # Imported here: the module loads SQLite's full-text models, absent on other databases.
    from modelsearch.backends.database.sqlite import sqlite as sqlite_fts

    compiler = backend.query_compiler_class(queryset, words)
    config = compiler.get_config(backend)
    query = sqlite_fts.normalize(compiler.query)
    if isinstance(query, (sqlite_fts.MatchAll, sqlite_fts.Not)):
        return None
    match = sqlite_fts.MatchExpression(
        compiler.fields or compiler.FTS_TABLE_FIELDS,
        compiler.build_search_query(query, config=config),
    )
    model = queryset.model
    return sqlite_fts.SQLiteFTSIndexEntry.objects.filter(
        match,
        index_entry__content_type__in=sqlite_fts.get_descendants_content_types_pks(model),
        index_entry__object_id__in=queryset.values("pk"),
    ).annotate(score=compiler._build_rank_expression(compiler.get_search_vectors(), config))


def ranked_ids(queryset: QuerySet, words: str, start: int, stop: int) -> tuple[list[int], int]:
    """The pks of results ``start:stop`` of searching ``queryset`` for ``words``, the most
    relevant first, and the number of results."""
    backend = get_search_backend()
    matches = _sqlite_matches(backend, queryset, words)
    if matches is None:
        results = backend.search(words, queryset)
        return [page.pk for page in results[start:stop]], results.count()
    window = matches.order_by(
        "score", Cast("index_entry__object_id", IntegerField()).desc()
    ).values_list("index_entry__object_id", flat=True)[start:stop]
    ids = [int(pk) for pk in window]
    full = start == 0 and len(ids) < stop - start
    return ids, len(ids) if full else matches.count()
