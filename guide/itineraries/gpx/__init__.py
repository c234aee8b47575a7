"""Itineraries as GPX and GeoJSON, and GPX files read back into itineraries.

export.py writes GPX 1.1, geojson.py writes RFC 7946 GeoJSON, extension.py is the guide's own
GPX extension (a day's typed figures), matching.py finds the Place a GPX point stands for and
importer.py turns a GPX file into a plan the editor confirms and then applies it.
"""
