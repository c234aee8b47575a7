"""Follows docs/install.md in a project made by `wagtail start`, for scripts/test-install.

    python install_from_doc.py apply DOC PROJECT_DIR PROJECT_NAME
        Appends the doc's `settings` snippets to PROJECT_NAME/settings/base.py, adds its
        `urls-import` snippet to PROJECT_NAME/urls.py unless the file already has that import,
        and inserts the lines of its `urls-before-wagtail` snippet that urls.py does not have
        yet right above the line with `include(wagtail_urls)`.

    python install_from_doc.py seed PROJECT_DIR PROJECT_NAME
        With the project's dev settings: publishes an itinerary index under the site's home page
        and a two-day itinerary over three places; prints what the API should answer, as JSON.

    python install_from_doc.py verify BASE_URL EXPECTED_JSON
        Asks the running server for the itinerary through API v2 and v3 and checks its
        derived highest point; prints each URL with its status.

A snippet in the doc is a fenced block right after an `<!-- install-snippet: NAME -->` comment.
`apply` and `verify` need only the standard library. This is a helper, not a pytest module.
"""

import json
import os
import re
import sys
import urllib.error
import urllib.request
from pathlib import Path

SNIPPET = re.compile(
    r"<!--\s*install-snippet:\s*(?P<name>[\w-]+)\s*-->\s*\n```[\w-]*\n(?P<code>.*?)\n```",
    re.DOTALL,
)
APPLIED_MARK = "# Added from the trek guide's docs/install.md"
WAGTAIL_CATCH_ALL = "include(wagtail_urls)"


class InstallError(Exception):
    pass


def read_snippets(doc: Path) -> dict[str, list[str]]:
    """{name: [code, ...]} in the order the doc gives them."""
    snippets: dict[str, list[str]] = {}
    for match in SNIPPET.finditer(doc.read_text()):
        snippets.setdefault(match["name"], []).append(match["code"])
    return snippets


def one_snippet(snippets: dict[str, list[str]], name: str) -> str:
    codes = snippets.get(name, [])
    if len(codes) != 1:
        raise InstallError(
            f"docs/install.md should have exactly one '{name}' snippet, not {len(codes)}"
        )
    return codes[0]


def apply_settings(settings_file: Path, codes: list[str]) -> None:
    text = settings_file.read_text()
    if APPLIED_MARK in text:
        raise InstallError(f"{settings_file} already has the guide's settings")
    block = "\n\n".join(code.strip("\n") for code in codes)
    settings_file.write_text(f"{text.rstrip()}\n\n\n{APPLIED_MARK}\n{block}\n")
    compile(settings_file.read_text(), str(settings_file), "exec")


def apply_urls(urls_file: Path, import_code: str, context_code: str) -> None:
    lines = urls_file.read_text().splitlines()

    for import_line in import_code.strip().splitlines():
        if import_line.strip() and import_line.strip() not in (line.strip() for line in lines):
            if "from django.urls import" in import_line and any(
                re.match(r"from django\.urls import .*\binclude\b", line) for line in lines
            ):
                continue  # `include` is imported already, perhaps with other names or order
            last_import = max(
                (n for n, line in enumerate(lines) if line.startswith(("import ", "from "))),
                default=-1,
            )
            lines.insert(last_import + 1, import_line.strip())

    catch_all = [n for n, line in enumerate(lines) if WAGTAIL_CATCH_ALL in line.split("#")[0]]
    if len(catch_all) != 1:
        raise InstallError(
            f"{urls_file} should have one line with {WAGTAIL_CATCH_ALL}, found {len(catch_all)}"
        )
    # The snippet shows the new line among lines every such urls.py has (the list, Wagtail's
    # catch-all): only what the file lacks goes in, with the catch-all's indentation.
    present = {line.split("#")[0].strip() for line in lines}
    new_lines = [
        line.strip()
        for line in context_code.strip().splitlines()
        if line.split("#")[0].strip() and line.split("#")[0].strip() not in present
    ]
    if not new_lines:
        raise InstallError(f"the 'urls-before-wagtail' snippet adds nothing to {urls_file}")
    target = catch_all[0]
    indent = lines[target][: len(lines[target]) - len(lines[target].lstrip())]
    lines[target:target] = [indent + line for line in new_lines]
    urls_file.write_text("\n".join(lines) + "\n")
    compile(urls_file.read_text(), str(urls_file), "exec")


def apply(doc: str, project_dir: str, project_name: str) -> None:
    snippets = read_snippets(Path(doc))
    package = Path(project_dir) / project_name
    settings_codes = snippets.get("settings", [])
    if not settings_codes:
        raise InstallError("docs/install.md has no 'settings' snippet")
    apply_settings(package / "settings" / "base.py", settings_codes)
    apply_urls(
        package / "urls.py",
        one_snippet(snippets, "urls-import"),
        one_snippet(snippets, "urls-before-wagtail"),
    )
    print(
        f"    applied {len(settings_codes)} settings snippet(s) to {package}/settings/base.py "
        f"and the URL include to {package}/urls.py"
    )


def seed(project_dir: str, project_name: str) -> None:
    sys.path.insert(0, project_dir)
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", f"{project_name}.settings.dev")
    import django

    django.setup()

    from decimal import Decimal

    from wagtail.models import Site

    from guide.core.locales import frontend_path
    from guide.itineraries.models import (
        Difficulty,
        ItineraryDay,
        ItineraryIndexPage,
        ItineraryPage,
        OvernightType,
    )
    from guide.places.models import Place, PlaceKind

    home = Site.objects.get(is_default_site=True).root_page.specific
    if home._meta.label != "home.HomePage":
        raise InstallError(f"the site's root page is a {home._meta.label}, not home.HomePage")
    if not ItineraryIndexPage.can_create_at(home):
        raise InstallError("an itinerary index page may not be created under home.HomePage")

    index = ItineraryIndexPage(title="Itineraries", slug="itineraries")
    home.add_child(instance=index)
    index.save_revision().publish()
    if not ItineraryPage.can_create_at(index):
        raise InstallError("an itinerary page may not be created under the itinerary index")

    def place(name, kind, elevation_m, latitude, longitude):
        return Place.objects.create(
            name=name,
            kind=kind,
            elevation_m=elevation_m,
            latitude=Decimal(latitude),
            longitude=Decimal(longitude),
        )

    lares = place("Lares", PlaceKind.TOWN, 3180, "-13.104400", "-72.043600")
    huacahuasi = place("Huacahuasi", PlaceKind.VILLAGE, 3800, "-13.168000", "-72.078000")
    patacancha = place("Patacancha", PlaceKind.VILLAGE, 3750, "-13.206000", "-72.165000")
    places = [lares, huacahuasi, patacancha]

    itinerary = ItineraryPage(
        title="Lares trek in two days",
        slug="lares-trek-two-days",
        summary="Up the valley to a weaving village, then over the hills to Patacancha.",
        difficulty=Difficulty.MODERATE,
    )
    itinerary.days = [
        ItineraryDay(
            sort_order=0,
            title="Lares to Huacahuasi",
            from_place=lares,
            to_place=huacahuasi,
            overnight_type=OvernightType.CAMP,
        ),
        ItineraryDay(
            sort_order=1,
            title="Huacahuasi to Patacancha",
            from_place=huacahuasi,
            to_place=patacancha,
            overnight_type=OvernightType.NONE,
        ),
    ]
    index.add_child(instance=itinerary)
    itinerary.save_revision().publish()

    itinerary = ItineraryPage.objects.get(pk=itinerary.pk)
    expected_m = max(p.elevation_m for p in places)
    if itinerary.max_altitude_m != expected_m:
        raise InstallError(
            f"the itinerary's highest point is {itinerary.max_altitude_m} m, expected {expected_m}"
        )
    print(
        json.dumps(
            {
                "id": itinerary.pk,
                "title": itinerary.title,
                "url_path": frontend_path(itinerary),
                "max_altitude_m": expected_m,
            }
        )
    )


class NoRedirects(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None  # the redirect itself is the answer


def fetch(url: str, follow_redirects: bool = True):
    """(status, headers, body) of a GET; prints the status and the URL."""
    request = urllib.request.Request(url, headers={"Accept": "application/json"})
    opener = urllib.request.build_opener(*([] if follow_redirects else [NoRedirects]))
    try:
        with opener.open(request, timeout=30) as response:
            status, headers, body = response.status, response.headers, response.read()
    except urllib.error.HTTPError as error:
        status, headers, body = error.code, error.headers, error.read()
    except (urllib.error.URLError, OSError) as error:
        raise InstallError(f"{url} did not answer: {error}") from error
    print(f"    {status} {url}")
    return status, headers, body


def fetch_json(url: str, expected_status: int = 200):
    status, headers, body = fetch(url)
    if status != expected_status:
        raise InstallError(f"{url} answered {status}, not {expected_status}: {body[:300]!r}")
    try:
        return headers, json.loads(body)
    except ValueError as error:
        raise InstallError(f"{url} did not answer JSON: {body[:300]!r}") from error


def check_altitude(url: str, item: dict | None, expected: dict) -> None:
    if item is None:
        raise InstallError(f"{url} does not list the itinerary {expected['title']!r}")
    altitude = item.get("max_altitude")
    if not isinstance(altitude, dict) or altitude.get("m") != expected["max_altitude_m"]:
        raise InstallError(
            f"{url} gives max_altitude {altitude!r}, expected m={expected['max_altitude_m']}"
        )
    if not isinstance(altitude.get("ft"), int):
        raise InstallError(f"{url} gives max_altitude without feet: {altitude!r}")


def verify(base_url: str, expected_json: str) -> None:
    expected = json.loads(expected_json)
    base_url = base_url.rstrip("/")

    url = f"{base_url}/api/v2/pages/?type=guide_itineraries.ItineraryPage&fields=max_altitude"
    _, payload = fetch_json(url)
    item = next((i for i in payload.get("items", []) if i.get("id") == expected["id"]), None)
    check_altitude(url, item, expected)

    url = f"{base_url}/api/v3/guide/itineraries/"
    headers, payload = fetch_json(url)
    item = next((i for i in payload.get("items", []) if i.get("id") == expected["id"]), None)
    check_altitude(url, item, expected)
    # The middleware of the doc: public caching, then an ETag.
    cache_control = headers.get("Cache-Control", "")
    if "public" not in cache_control or "max-age=" not in cache_control:
        raise InstallError(f"{url} has Cache-Control {cache_control!r}, expected public caching")
    if not headers.get("ETag"):
        raise InstallError(f"{url} has no ETag")

    url = f"{base_url}/api/v3/openapi.json"
    _, payload = fetch_json(url)
    if not any(path.startswith("/api/v3/guide/itineraries") for path in payload.get("paths", {})):
        raise InstallError(f"{url} does not describe /api/v3/guide/itineraries/")

    url = f"{base_url}/api/v3/docs/"
    status, _, body = fetch(url)
    if status != 200:
        raise InstallError(f"{url} answered {status}")

    # Unknown addresses under the API prefix answer in JSON, before Wagtail's catch-all.
    fetch_json(f"{base_url}/api/no-such-endpoint/", expected_status=404)
    # ... and a NUL character in a query is refused by the doc's middleware, not by a view.
    url = f"{base_url}/api/v2/pages/?search=lares%00"
    _, payload = fetch_json(url, expected_status=400)
    if "NUL" not in str(payload.get("message", "")):
        raise InstallError(f"{url} was not refused by RejectNulCharactersMiddleware: {payload!r}")

    # The page's own Django address sends the visitor to the same path on the visitor site
    # (GUIDE["HTML_PAGES"] = "redirect", the default).
    url = f"{base_url}{expected['url_path']}"
    status, headers, _ = fetch(url, follow_redirects=False)
    location = headers.get("Location", "")
    if status != 302 or location != f"http://localhost:3000{expected['url_path']}":
        raise InstallError(f"{url} answered {status} to {location!r}, not the visitor site")

    url = f"{base_url}/sitemap.xml"
    status, _, body = fetch(url)
    if status != 200 or b"<urlset" not in body:
        raise InstallError(f"{url} answered {status} without a sitemap")


COMMANDS = {"apply": (apply, 3), "seed": (seed, 2), "verify": (verify, 2)}


def main(argv: list[str]) -> int:
    if not argv or argv[0] not in COMMANDS or len(argv) - 1 != COMMANDS[argv[0]][1]:
        print(__doc__, file=sys.stderr)
        return 2
    command, _ = COMMANDS[argv[0]]
    try:
        command(*argv[1:])
    except InstallError as error:
        print(f"FAILED: {error}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
