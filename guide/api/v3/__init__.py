"""The guide's typed routers, added to Wagtail's own v3 API so there is one OpenAPI document."""
