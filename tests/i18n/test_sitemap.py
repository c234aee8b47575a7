"""The sitemap lists every language; each page's hreflang alternates are reciprocal."""

import xml.etree.ElementTree as ET

import pytest

NS = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9", "x": "http://www.w3.org/1999/xhtml"}


def alternates(client) -> dict[str, dict[str, str]]:
    root = ET.fromstring(client.get("/sitemap.xml").content)
    return {
        url.findtext("s:loc", namespaces=NS): {
            link.get("hreflang"): link.get("href") for link in url.findall("x:link", NS)
        }
        for url in root.findall("s:url", NS)
    }


@pytest.mark.django_db
def test_hreflang_pairs_are_reciprocal_on_every_page(client, spanish_trek):
    pages = alternates(client)
    assert "http://localhost:3000/es/itineraries/caminata-de-lares/" in pages
    translated = {loc: links for loc, links in pages.items() if links}
    # home, the two index pages, the trek and Huacahuasi, in two languages each
    assert len(translated) == 10
    for loc, links in translated.items():
        assert loc in links.values()  # each names itself
        assert links["x-default"] == links["en"]
        for language, href in links.items():
            assert pages[href] == links, (loc, language)
    assert pages["http://localhost:3000/communities/patacancha/"] == {}
