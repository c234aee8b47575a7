"""sitemap.xml listing the visitor site's URLs (the frontend's, not Django's)."""

from django.http import HttpResponse
from django.utils.xmlutils import SimplerXMLGenerator
from wagtail.models import Page, Site

from .structured_data import frontend_url
from .visibility import Visibility


def sitemap_pages(site):
    if site is None:
        return Page.objects.none()
    return Visibility.public(site).pages().order_by("path").defer_streamfields()


def sitemap_view(request):
    site = Site.find_for_request(request)
    response = HttpResponse(content_type="application/xml; charset=utf-8")
    xml = SimplerXMLGenerator(response, "utf-8")
    xml.startDocument()
    xml.startElement("urlset", {"xmlns": "http://www.sitemaps.org/schemas/sitemap/0.9"})
    for page in sitemap_pages(site):
        xml.startElement("url", {})
        xml.addQuickElement("loc", frontend_url(page))
        if page.last_published_at:
            xml.addQuickElement("lastmod", page.last_published_at.date().isoformat())
        xml.endElement("url")
    xml.endElement("urlset")
    xml.endDocument()
    return response
