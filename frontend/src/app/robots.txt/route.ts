/** /robots.txt: crawl everything but the route handlers and previews; the sitemap is here too. */
import { cdnCacheSeconds, siteUrl } from "@/lib/config";
import { LOCKED_DOWN_POLICY, pageCacheControl } from "@/lib/security-headers";
import { robotsTxt } from "@/lib/sitemap";

// The site's URL is read at request time, like every setting (never baked into the build).
export const dynamic = "force-dynamic";

export function GET(): Response {
  return new Response(robotsTxt(siteUrl()), {
    headers: {
      "Content-Type": "text/plain; charset=utf-8",
      "Cache-Control": pageCacheControl(false, cdnCacheSeconds()),
      "Content-Security-Policy": LOCKED_DOWN_POLICY,
    },
  });
}
