"""The guide's languages and the paths they live under.

The default language (LANGUAGE_CODE) is served without a prefix; every other content language
under /<code>/: the Spanish 4-day trek is /es/lares/trek-4-dias/. Each language's pages hang
from the site root page's translation in that language (Wagtail's i18n), so a path's prefix
names the tree it is read from.
"""

from django.conf import settings
from wagtail.coreutils import get_content_languages, get_supported_content_language_variant


def i18n_enabled() -> bool:
    return getattr(settings, "WAGTAIL_I18N_ENABLED", False)


def default_language() -> str:
    return get_supported_content_language_variant(settings.LANGUAGE_CODE)


def language_codes() -> list[str]:
    """The content languages, the default first (only it when i18n is off)."""
    default = default_language()
    if not i18n_enabled():
        return [default]
    return [default, *(code for code in get_content_languages() if code != default)]


def prefix(language_code: str) -> str:
    """'' for the default language, '/es' for Spanish."""
    return "" if language_code == default_language() else f"/{language_code}"


def split_prefix(path: str) -> tuple[str | None, str]:
    """('es', '/lares/') for '/es/lares/'; (None, path) when no other language's prefix leads."""
    first, _, rest = path.strip("/").partition("/")
    if first in language_codes()[1:]:
        return first, "/" + rest + ("/" if rest else "")
    return None, path


def frontend_path(page) -> str:
    """The page's path on the visitor site: from its language's root, with that prefix."""
    roots = page._get_relevant_site_root_paths()
    if not roots:
        return "/"
    root = roots[0]
    return prefix(root.language_code) + "/" + page.url_path[len(root.root_path) :]
