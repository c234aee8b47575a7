/** Page paths as Wagtail writes them: a leading and a trailing slash, "/" for the home page. */

export const PREVIEW_WITHOUT_PATH = "/__preview/";

/** "/lares/trek-4-days/" from the catch-all route's segments (["lares", "trek-4-days"]). */
export function pathFromSegments(segments: readonly string[] | undefined): string {
  const parts = (segments ?? []).map(safeDecode).filter((part) => part !== "");
  return parts.length ? `/${parts.join("/")}/` : "/";
}

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

/** Whether a path names a file ("/favicon.ico", "/robots.txt"): never a Wagtail page. */
export function looksLikeFile(path: string): boolean {
  const last = path.replace(/\/+$/, "").split("/").pop() ?? "";
  return /\.[A-Za-z0-9]+$/.test(last);
}

/** One form for a path: leading and trailing slash, no repeated slashes, no query or fragment. */
export function normalizePath(path: string): string {
  const bare = path.split(/[?#]/, 1)[0] ?? "";
  const parts = bare.split("/").filter((part) => part !== "");
  return parts.length ? `/${parts.join("/")}/` : "/";
}

export function samePath(a: string | null | undefined, b: string | null | undefined): boolean {
  return Boolean(a && b) && normalizePath(a as string) === normalizePath(b as string);
}

/**
 * Where a redirect may send the visitor: a path on this site ("/faq/") or an absolute http(s) URL.
 * Anything else (protocol-relative "//host", "javascript:", empty) gives null.
 */
export function redirectTarget(location: string | null | undefined): string | null {
  const value = (location ?? "").trim();
  if (value.startsWith("/") && !value.startsWith("//") && !value.startsWith("/\\")) return value;
  try {
    const url = new URL(value);
    return url.protocol === "http:" || url.protocol === "https:" ? url.toString() : null;
  } catch {
    return null;
  }
}

/**
 * Whether a request path should get a trailing slash added (a page path without one).
 * Route handlers under /api/, Next's own files and anything that looks like a file are left alone.
 */
export function needsTrailingSlash(pathname: string): boolean {
  if (pathname.endsWith("/")) return false;
  if (pathname === "/api" || pathname.startsWith("/api/") || pathname.startsWith("/_next/")) {
    return false;
  }
  return !looksLikeFile(pathname);
}

/** The cache tag of the API answers that render the page at `path`. */
export function pageTag(path: string): string {
  return `page:${normalizePath(path)}`;
}

/** The tag on every API answer, for marking the whole site stale at once. */
export const ALL_PAGES_TAG = "guide";

/** This site's link to an itinerary's route file (src/app/api/route/[id]/[format]/route.ts). */
export function routeFilePath(id: number, format: "gpx" | "geojson"): string {
  return `/api/route/${id}/${format}`;
}
