"""The guide's typed, read-only routes on Wagtail's v3 API (django-ninja, one OpenAPI document).

Mounted under /api/v3/guide/ by :func:`guide.api.v3.routers.register_guide_api`:

- ``itineraries/`` (cards; filters difficulty, min_days, max_days, max_altitude_above,
  max_altitude_below, best_month, passes_through; ordering; limit/offset) and ``itineraries/{id}/``
- ``destinations/``, ``destinations/{id}/``, ``communities/``, ``communities/{id}/``
- ``pages/by-path/?path=/lares/trek-4-days/``: any guide page, a union told apart by ``type``
- ``places/`` (kind, q), ``places/{id_or_slug}/``, ``faqs/`` (topic), ``search/`` (q)

Only live, unexpired pages outside any view restriction, under the request's site, are shown.
Bad input answers 400 and anything missing 404, as ``{"message": ..., "param": ...}``.
The committed document is docs/openapi.json (see :mod:`guide.api.v3.openapi`).
"""
