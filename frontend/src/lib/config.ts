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

export const REVALIDATE_SECRET_VARIABLE = "GUIDE_REVALIDATE_SECRET";
/** Only `next dev` falls back to it (Django's dev settings use the same); production never does. */
const DEV_REVALIDATE_SECRET = "dev-revalidate-secret";

export function isProduction(): boolean {
  return process.env.NODE_ENV === "production";
}

/** Why the server must not start, or null: a production server needs its own webhook secret. */
export function missingProductionSettings(env: NodeJS.ProcessEnv = process.env): string | null {
  if (env.NODE_ENV !== "production" || env[REVALIDATE_SECRET_VARIABLE]) return null;
  return (
    `${REVALIDATE_SECRET_VARIABLE} is not set. In production the visitor site needs the secret ` +
    `Django signs its publish webhook with (GUIDE["REVALIDATE_SECRET"]); set it to the same ` +
    `long random value on both sides.`
  );
}

/** The secret Django signs its revalidation webhook with. */
export function revalidateSecret(): string {
  const secret = process.env[REVALIDATE_SECRET_VARIABLE];
  if (secret) return secret;
  const problem = missingProductionSettings();
  if (problem) throw new Error(problem);
  return DEV_REVALIDATE_SECRET;
}

/** Seconds a cached API answer is kept when no webhook expires it first. */
export const API_REVALIDATE_SECONDS = 300;

function positiveNumber(name: string, fallback: number): number {
  const value = Number(process.env[name]);
  return Number.isFinite(value) && value > 0 ? value : fallback;
}

function nonNegativeInteger(name: string, fallback: number): number {
  const raw = process.env[name];
  const value = Number(raw);
  return raw !== undefined && raw !== "" && Number.isInteger(value) && value >= 0
    ? value
    : fallback;
}

/** The longest a visitor waits on the API for one page (all its API calls together). */
export function apiTimeoutMs(): number {
  return positiveNumber("GUIDE_API_TIMEOUT_MS", 3_000);
}

/** How long a CDN may serve a public page before asking again, and serve it stale meanwhile. */
export function cdnCacheSeconds(): { sMaxAge: number; staleWhileRevalidate: number } {
  return {
    sMaxAge: nonNegativeInteger("GUIDE_CACHE_S_MAXAGE", 60),
    staleWhileRevalidate: nonNegativeInteger("GUIDE_CACHE_STALE_WHILE_REVALIDATE", 86_400),
  };
}

const LOOPBACK_HOSTS = ["localhost", "127.0.0.1"];

/**
 * The origins of space- or comma-separated URLs. A loopback host stands for all its spellings,
 * since a local Django is opened as localhost but read as 127.0.0.1 (or the other way round).
 */
export function originsOf(urls: string): string[] {
  const origins = new Set<string>();
  for (const value of urls.split(/[\s,]+/).filter(Boolean)) {
    let url: URL;
    try {
      url = new URL(value);
    } catch {
      continue;
    }
    if (url.protocol !== "http:" && url.protocol !== "https:") continue;
    if (url.hostname.startsWith("[")) continue; // IPv6: not expressible in a CSP source list
    origins.add(url.origin);
    if (LOOPBACK_HOSTS.includes(url.hostname)) {
      for (const host of LOOPBACK_HOSTS)
        origins.add(`${url.protocol}//${host}${url.port ? `:${url.port}` : ""}`);
    }
  }
  return [...origins];
}

/** Where the Wagtail admin runs: it shows previews in a frame, so only it may frame them. */
export function adminOrigins(): string[] {
  return originsOf(process.env.GUIDE_ADMIN_URL || apiBaseUrl());
}

/** Where images come from (Django's GUIDE["MEDIA_BASE_URL"], a CDN, a bucket). */
export function mediaOrigins(): string[] {
  return originsOf(process.env.GUIDE_MEDIA_URL || apiBaseUrl());
}
