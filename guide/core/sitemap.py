"""sitemap.xml listing the visitor site's URLs (the frontend's, not Django's).

A page with versions in other languages lists them all as `xhtml:link` alternates, itself
included, with `x-default` at the default language's version: every pair is reciprocal.
"""

from django.http import HttpResponse
from django.utils.xmlutils import SimplerXMLGenerator
from wagtail.models import Site

from .conf import guide_settings
from .locales import default_language
from .visibility import Visibility

XHTML = "http://www.w3.org/1999/xhtml"


def sitemap_view(request):
    site = Site.find_for_request(request)
    response = HttpResponse(content_type="application/xml; charset=utf-8")
    xml = SimplerXMLGenerator(response, "utf-8")
    xml.startDocument()
    xml.startElement(
        "urlset", {"xmlns": "http://www.sitemaps.org/schemas/sitemap/0.9", "xmlns:xhtml": XHTML}
    )
    if site is not None:
        visibility = Visibility.public(site)
        base = guide_settings.FRONTEND_BASE_URL.rstrip("/")
        groups: dict = {}  # in tree order of each group's first page
        for page in visibility.pages().order_by("path").defer_streamfields():
            groups.setdefault(page.translation_key, []).append(page)
        for group in groups.values():
            versions = [(visibility.language_of(p), base + visibility.path_of(p), p) for p in group]
            for _, url, page in versions:
                _write_url(xml, url, page, versions if len(versions) > 1 else [])
    xml.endElement("urlset")
    xml.endDocument()
    return response


def _write_url(xml, url: str, page, versions: list) -> None:
    xml.startElement("url", {})
    xml.addQuickElement("loc", url)
    if page.last_published_at:
        xml.addQuickElement("lastmod", page.last_published_at.date().isoformat())
    for language, href, _ in versions:
        _alternate(xml, language, href)
        if language == default_language():
            _alternate(xml, "x-default", href)
    xml.endElement("url")


def _alternate(xml, language: str, href: str) -> None:
    xml.addQuickElement(
        "xhtml:link", attrs={"rel": "alternate", "hreflang": language, "href": href}
    )
