/** Settings read from the environment at request time (never inlined into the build). */

function withoutTrailingSlash(url: string): string {
  return url.replace(/\/+$/, "");
}

/** The Django site serving the guide's public API, e.g. http://127.0.0.1:8000. */
export function apiBaseUrl(): string {
  return withoutTrailingSlash(process.env.GUIDE_API_URL || "http://127.0.0.1:8000");
}

/** Where this site is published; canonical and OpenGraph URLs start with it. */
export function siteUrl(): string {
  return withoutTrailingSlash(process.env.GUIDE_SITE_URL || "http://localhost:3000");
}

/** The secret Django signs its revalidation webhook with (the same default as Django's dev settings). */
export function revalidateSecret(): string {
  return process.env.GUIDE_REVALIDATE_SECRET || "dev-revalidate-secret";
}

/** Seconds a cached API answer is kept when no webhook expires it first. */
export const API_REVALIDATE_SECONDS = 300;
