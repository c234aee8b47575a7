def prefetch_for_fields(queryset, fields: set[str] | None, needs):
    """Prefetch only the relations the requested API fields read (all when `fields` is None).

    `needs` pairs a set of field names with the lookups they need: [({"days"}, [...]), ...].
    """
    lookups = [
        lookup for names, group in needs if fields is None or names & fields for lookup in group
    ]
    return queryset.prefetch_related(*lookups)
