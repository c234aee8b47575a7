"""The OpenAPI document of Wagtail's v3 API with the guide's routers, as committed in git.

Refresh the committed copy with ``.venv/bin/python manage.py export_openapi`` (or, without
``guide.api`` in INSTALLED_APPS, ``.venv/bin/python -m guide.api.v3.openapi``).
"""

import json
import os
import sys
from pathlib import Path

DOCUMENT_PATH = Path(__file__).resolve().parents[3] / "docs" / "openapi.json"
REFRESH_COMMAND = ".venv/bin/python manage.py export_openapi"


def build_document() -> dict:
    """The live document, exactly as GET /api/v3/openapi.json serves it."""
    from django.urls import reverse
    from ninja.responses import NinjaJSONEncoder

    from .routers import api

    # Resolving the API's root loads the URLconf, which registers the guide's routers.
    schema = api.get_openapi_schema(path_prefix=reverse("wagtailapi_v3:api-root"))
    return json.loads(json.dumps(schema, cls=NinjaJSONEncoder))


def render(document: dict) -> str:
    return json.dumps(document, indent=2, ensure_ascii=False) + "\n"


def write_document(path: Path = DOCUMENT_PATH) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(render(build_document()), encoding="utf-8")
    return path


def main() -> None:
    root = DOCUMENT_PATH.parents[1]
    sys.path[:0] = [str(root), str(root / "site")]
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "guide_site.settings.dev")
    import django

    django.setup()
    print(f"Wrote {write_document()}")


if __name__ == "__main__":
    main()
