/**
 * /sitemap.xml on the visitor site's host: Django's sitemap (GUIDE["SITEMAP_PATH"], which lists
 * the visitor site's URLs of every public page), fetched on the server and cached like the pages.
 */
import { ApiUnavailable, fetchSiteFile } from "@/api/client";
import { cdnCacheSeconds, siteUrl } from "@/lib/config";
import { LOCKED_DOWN_POLICY, pageCacheControl } from "@/lib/security-headers";
import { sitemapForSite } from "@/lib/sitemap";

export const dynamic = "force-dynamic";

function plain(status: number, text: string): Response {
  return new Response(`${text}\n`, {
    status,
    headers: {
      "Content-Type": "text/plain; charset=utf-8",
      "Cache-Control": "no-store",
      "Content-Security-Policy": LOCKED_DOWN_POLICY,
      ...(status === 503 ? { "Retry-After": "30" } : {}),
    },
  });
}

export async function GET(): Promise<Response> {
  let file;
  try {
    file = await fetchSiteFile("/sitemap.xml");
  } catch (error) {
    const detail = error instanceof ApiUnavailable ? error.message : "The guide API failed";
    return plain(503, `The sitemap is not available right now: ${detail}.`);
  }
  if (file.status !== 200 || !file.body.includes("<urlset")) {
    return plain(502, `The guide API answered ${file.status} for its sitemap.`);
  }
  return new Response(sitemapForSite(file.body, siteUrl()), {
    status: 200,
    headers: {
      "Content-Type": "application/xml; charset=utf-8",
      "Cache-Control": pageCacheControl(false, cdnCacheSeconds()),
      "Content-Security-Policy": LOCKED_DOWN_POLICY,
    },
  });
}
