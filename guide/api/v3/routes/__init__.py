"""One ninja Router per guide resource, mounted under /guide/ on Wagtail's v3 API."""
