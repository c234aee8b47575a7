/** The visitor site's /sitemap.xml (Django's, on this host) and /robots.txt. */
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

/**
 * Django's sitemap with every <loc> on this site's origin: Django already writes the visitor
 * site's URLs (GUIDE["FRONTEND_BASE_URL"]), and this keeps them right when that setting names
 * another host than the one serving the sitemap. A <loc> that is not an http(s) URL is left alone.
 */
export function sitemapForSite(xml: string, siteUrl: string): string {
  const origin = new URL(siteUrl).origin;
  return xml.replace(/<loc>([^<]*)<\/loc>/g, (whole, loc: string) => {
    let url: URL;
    try {
      url = new URL(unescapeXml(loc.trim()));
    } catch {
      return whole;
    }
    if (url.protocol !== "http:" && url.protocol !== "https:") return whole;
    return `<loc>${escapeXml(`${origin}${url.pathname}${url.search}`)}</loc>`;
  });
}

/** Paths no crawler needs: route handlers and previews, and the pages after a form is sent. */
export const DISALLOWED_PATHS = ["/api/", PREVIEW_WITHOUT_PATH, "/enquiry/"];

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
