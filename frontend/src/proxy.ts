/**
 * Runs before every page request:
 * - page URLs end in a slash, as Wagtail's do: "/lares" is sent on to "/lares/" (308);
 * - an editor's redirect (Wagtail's Redirects) answers 301 when permanent, 302 when temporary;
 * - a path this process knows nothing of is asked of the API first, so that when the API is down
 *   the visitor gets the 503 page at once rather than an error halfway through rendering; a
 *   path in another language with no page there ("/es/…", not translated yet) is rendered from
 *   the default language's page, so that one is asked for too;
 * - the render learns the path's language (`<html lang>`, the site's words) and the path itself
 *   (the language switcher) from request headers;
 * - every answer gets its security headers: a CSP with a fresh nonce that Next puts on its own
 *   scripts, and a Cache-Control that lets a CDN keep public pages (never previews).
 * /api/* is left alone: the webhook's body must reach its handler unread (see api/revalidate).
 */
import { type NextRequest, NextResponse } from "next/server";
import { fetchPageByPath, knowsMissing, knowsPath } from "@/api/client";
import {
  adminOrigins,
  apiTimeoutMs,
  cdnCacheSeconds,
  isProduction,
  mediaOrigins,
  siteUrl,
} from "@/lib/config";
import { localeOfPath, withoutLocale } from "@/lib/i18n";
import { mapTileOrigins } from "@/lib/map-config";
import { findRedirect } from "@/lib/redirect-cache";
import { looksLikeFile, needsTrailingSlash } from "@/lib/paths";
import {
  DEADLINE_HEADER,
  LOCALE_HEADER,
  NONCE_HEADER,
  PATH_HEADER,
  PREVIEW_HEADER,
  PROXY_REQUEST_HEADERS,
  UNAVAILABLE_HEADER,
} from "@/lib/request-headers";
import { PREVIEW_PARAM } from "@/lib/preview";
import {
  LOCKED_DOWN_POLICY,
  contentSecurityPolicy,
  framingHeaders,
  newNonce,
  pageCacheControl,
} from "@/lib/security-headers";

export async function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  if (needsTrailingSlash(pathname)) {
    // A plain URL: NextURL would drop the trailing slash again (trailingSlash is off for /api/).
    const url = new URL(request.url);
    url.pathname = `${pathname}/`;
    return lockedDown(NextResponse.redirect(url, 308));
  }

  // A preview link may be framed by the admin and is never stored; the render checks its token.
  const previewToken = request.nextUrl.searchParams.get(PREVIEW_PARAM);
  const preview = Boolean(previewToken);
  const deadline = Date.now() + apiTimeoutMs();
  let available = true;
  if ((request.method === "GET" || request.method === "HEAD") && !looksLikeFile(pathname)) {
    const [redirect, answerable] = await Promise.all([
      request.method === "GET" ? findRedirect(pathname, deadline) : null,
      canAnswer(pathname, deadline),
    ]);
    if (redirect) {
      const location = new URL(redirect.location, request.url);
      return lockedDown(NextResponse.redirect(location, redirect.permanent ? 301 : 302));
    }
    available = answerable;
  }

  const nonce = newNonce();
  const csp = contentSecurityPolicy({
    nonce,
    frameAncestors: preview ? ["'self'", ...adminOrigins()] : [],
    // Tiles of the interactive map, when one is configured, are images from its server.
    imageOrigins: [...mediaOrigins(), ...mapTileOrigins()],
    production: isProduction(),
    https: siteUrl().startsWith("https:"),
  });
  const requestHeaders = new Headers(request.headers);
  for (const name of PROXY_REQUEST_HEADERS) requestHeaders.delete(name);
  // Next finds the nonce for its own scripts in the request's CSP header.
  requestHeaders.set("Content-Security-Policy", csp);
  requestHeaders.set(NONCE_HEADER, nonce);
  requestHeaders.set(DEADLINE_HEADER, String(deadline));
  requestHeaders.set(LOCALE_HEADER, localeOfPath(pathname));
  requestHeaders.set(PATH_HEADER, pathname);
  if (previewToken) requestHeaders.set(PREVIEW_HEADER, previewToken);
  if (!available) requestHeaders.set(UNAVAILABLE_HEADER, "1");

  const response = NextResponse.next({
    request: { headers: requestHeaders },
    status: available ? 200 : 503,
  });
  for (const [name, value] of Object.entries(framingHeaders(csp, preview))) {
    response.headers.set(name, value);
  }
  if (available && request.method !== "GET" && request.method !== "HEAD") {
    // A form posted to the page (the enquiry's server action): the answer holds what the
    // visitor typed, so no cache may keep it.
    response.headers.set("Cache-Control", "private, no-store");
  } else if (available) {
    response.headers.set("Cache-Control", pageCacheControl(preview, cdnCacheSeconds()));
  } else {
    response.headers.set("Cache-Control", "no-store");
    response.headers.set("Retry-After", "30");
  }
  return response;
}

/**
 * Whether the path can be rendered: this process has the API's answer for it to fall back on,
 * or the API gives one now (kept as that fallback). A path under another language's prefix
 * with no page there renders the default language's page at the same path ("not translated
 * yet"), so that answer is needed too.
 */
async function canAnswer(pathname: string, deadline: number): Promise<boolean> {
  if (!(await answerable(pathname, deadline))) return false;
  const original = withoutLocale(pathname);
  if (original !== pathname && knowsMissing(pathname)) return answerable(original, deadline);
  return true;
}

async function answerable(pathname: string, deadline: number): Promise<boolean> {
  if (knowsPath(pathname)) return true;
  try {
    await fetchPageByPath(pathname, deadline);
    return true;
  } catch (error) {
    console.warn(`${(error as Error).message}; answering ${pathname} with 503`);
    return false;
  }
}

function lockedDown(response: NextResponse): NextResponse {
  response.headers.set("Content-Security-Policy", LOCKED_DOWN_POLICY);
  response.headers.set("X-Frame-Options", "DENY");
  return response;
}

export const config = { matcher: ["/((?!api/|api$|_next/).*)"] };
