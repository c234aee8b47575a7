/** Page URLs end in a slash, as Wagtail's do: "/lares" is sent on to "/lares/" (308). */
import { type NextRequest, NextResponse } from "next/server";
import { needsTrailingSlash } from "@/lib/paths";

export function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  if (!needsTrailingSlash(pathname)) return NextResponse.next();
  // A plain URL: NextURL would drop the trailing slash again (trailingSlash is off for /api/).
  const url = new URL(request.url);
  url.pathname = `${pathname}/`;
  return NextResponse.redirect(url, 308);
}

export const config = { matcher: ["/((?!api/|api$|_next/).*)"] };
