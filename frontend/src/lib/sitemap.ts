/** The visitor site's /sitemap.xml (Django's, on this host) and /robots.txt. */
import { LOCALES, withLocale } from "./i18n";
import { PREVIEW_WITHOUT_PATH } from "./paths";

const XML_ESCAPES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&apos;",
};

function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => XML_ESCAPES[char] ?? char);
}

function unescapeXml(text: string): string {
  return text
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, "&");
}

/** An http(s) URL (XML-escaped) moved to `origin`, escaped again; null for anything else. */
function onOrigin(escaped: string, origin: string): string | null {
  let url: URL;
  try {
    url = new URL(unescapeXml(escaped.trim()));
  } catch {
    return null;
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") return null;
  return escapeXml(`${origin}${url.pathname}${url.search}`);
}

/**
 * Django's sitemap with every URL on this site's origin: each <loc>, and the href of each
 * language alternate (`<xhtml:link rel="alternate" hreflang="es" href="…"/>`). Django already
 * writes the visitor site's URLs (GUIDE["FRONTEND_BASE_URL"]), and this keeps them right when
 * that setting names another host than the one serving the sitemap. A URL that is not http(s) is
 * left alone.
 */
export function sitemapForSite(xml: string, siteUrl: string): string {
  const origin = new URL(siteUrl).origin;
  return xml
    .replace(/<loc>([^<]*)<\/loc>/g, (whole, loc: string) => {
      const moved = onOrigin(loc, origin);
      return moved === null ? whole : `<loc>${moved}</loc>`;
    })
    .replace(/<xhtml:link\b[^>]*>/g, (tag) =>
      tag.replace(/(\shref\s*=\s*)(["'])(.*?)\2/, (whole, before: string, quote: string, href) => {
        const moved = onOrigin(href as string, origin);
        return moved === null ? whole : `${before}${quote}${moved}${quote}`;
      }),
    );
}

/**
 * Paths no crawler needs: route handlers and previews, and the pages after a form is sent (in
 * every language).
 */
export const DISALLOWED_PATHS = [
  "/api/",
  PREVIEW_WITHOUT_PATH,
  ...LOCALES.map((locale) => withLocale("/enquiry/", locale)),
];

/** robots.txt: everything else may be crawled; the sitemap is on this host. */
export function robotsTxt(siteUrl: string): string {
  return [
    "User-agent: *",
    "Allow: /",
    ...DISALLOWED_PATHS.map((path) => `Disallow: ${path}`),
    "",
    `Sitemap: ${siteUrl}/sitemap.xml`,
    "",
  ].join("\n");
}
