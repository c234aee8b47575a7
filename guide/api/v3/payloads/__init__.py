"""Payload builders: model instances (loaded with their prefetches) to plain dicts.

Every value is shaped by the existing representation functions of guide.*.representations and
by the blocks' own get_api_representation; the routes' response schemas then validate them.
"""
