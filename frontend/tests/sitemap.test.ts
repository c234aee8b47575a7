import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { robotsTxt, sitemapForSite } from "@/lib/sitemap";

const DJANGO_SITEMAP = `<?xml version="1.0" encoding="utf-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>http://localhost:3000/</loc><lastmod>2026-05-01</lastmod></url><url><loc>http://localhost:3000/lares/trek-4-days/</loc></url><url><loc>http://localhost:3000/search/?a=1&amp;b=2</loc></url><url><loc>not a url</loc></url></urlset>`;

describe("sitemap", () => {
  it("puts every URL on this site's origin, keeping paths, queries and lastmod", () => {
    const xml = sitemapForSite(DJANGO_SITEMAP, "https://trek.example");
    assert.match(xml, /<loc>https:\/\/trek\.example\/<\/loc><lastmod>2026-05-01<\/lastmod>/);
    assert.match(xml, /<loc>https:\/\/trek\.example\/lares\/trek-4-days\/<\/loc>/);
    assert.match(xml, /<loc>https:\/\/trek\.example\/search\/\?a=1&amp;b=2<\/loc>/);
    assert.match(xml, /<loc>not a url<\/loc>/);
    assert.doesNotMatch(xml, /localhost/);
    assert.ok(xml.startsWith('<?xml version="1.0" encoding="utf-8"?>'));
  });

  it("changes nothing when Django already names this site", () => {
    assert.equal(sitemapForSite(DJANGO_SITEMAP, "http://localhost:3000"), DJANGO_SITEMAP);
  });
});

describe("robots.txt", () => {
  it("allows all but the API and preview routes, and names the sitemap on this host", () => {
    const text = robotsTxt("https://trek.example");
    const lines = text.split("\n");
    assert.equal(lines[0], "User-agent: *");
    assert.ok(lines.includes("Allow: /"));
    assert.ok(lines.includes("Disallow: /api/"));
    assert.ok(lines.includes("Disallow: /__preview/"));
    assert.ok(lines.includes("Sitemap: https://trek.example/sitemap.xml"));
    assert.ok(text.endsWith("\n"));
  });
});

const MULTILINGUAL = `<?xml version="1.0" encoding="utf-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">
<url><loc>http://localhost:8000/lares/trek-4-days/</loc><xhtml:link rel="alternate" hreflang="en" href="http://localhost:8000/lares/trek-4-days/"/><xhtml:link rel="alternate" hreflang="es" href="http://localhost:8000/es/lares/trek-4-dias/"/><xhtml:link rel="alternate" hreflang="x-default" href="http://localhost:8000/lares/trek-4-days/"/></url>
<url><loc>http://localhost:8000/es/lares/trek-4-dias/</loc><xhtml:link rel="alternate" hreflang="es" href='http://localhost:8000/es/lares/trek-4-dias/?a=1&amp;b=2' /><xhtml:link rel="alternate" hreflang="en" href="not a url"/></url>
</urlset>`;

describe("sitemap in several languages", () => {
  it("moves each language alternate's href to this site too, and nothing else", () => {
    const xml = sitemapForSite(MULTILINGUAL, "https://trek.example/");
    assert.doesNotMatch(xml, /localhost/);
    assert.ok(
      xml.includes(
        '<xhtml:link rel="alternate" hreflang="es" href="https://trek.example/es/lares/trek-4-dias/"/>',
      ),
    );
    assert.ok(
      xml.includes(
        '<xhtml:link rel="alternate" hreflang="x-default" href="https://trek.example/lares/trek-4-days/"/>',
      ),
    );
    assert.ok(
      xml.includes("href='https://trek.example/es/lares/trek-4-dias/?a=1&amp;b=2' />"),
      "single quotes and escaped queries stay as they were",
    );
    assert.ok(xml.includes('hreflang="en" href="not a url"/>'), "a non-URL is left alone");
    assert.ok(xml.includes('xmlns:xhtml="http://www.w3.org/1999/xhtml"'), "namespaces untouched");
    assert.equal(
      [...xml.matchAll(/<xhtml:link /g)].length,
      [...MULTILINGUAL.matchAll(/<xhtml:link /g)].length,
    );
  });
});
