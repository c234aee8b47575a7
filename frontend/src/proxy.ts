/**
 * Runs before every page request:
 * - page URLs end in a slash, as Wagtail's do: "/lares" is sent on to "/lares/" (308);
 * - an editor's redirect (Wagtail's Redirects) answers 301 when permanent, 302 when temporary.
 */
import { type NextRequest, NextResponse } from "next/server";
import { findRedirect } from "@/lib/redirect-cache";
import { looksLikeFile, needsTrailingSlash } from "@/lib/paths";

export async function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  if (needsTrailingSlash(pathname)) {
    // A plain URL: NextURL would drop the trailing slash again (trailingSlash is off for /api/).
    const url = new URL(request.url);
    url.pathname = `${pathname}/`;
    return NextResponse.redirect(url, 308);
  }
  if (request.method === "GET" && !looksLikeFile(pathname)) {
    const redirect = await findRedirect(pathname);
    if (redirect) {
      return NextResponse.redirect(
        new URL(redirect.location, request.url),
        redirect.permanent ? 301 : 302,
      );
    }
  }
  return NextResponse.next();
}

export const config = { matcher: ["/((?!api/|api$|_next/).*)"] };
