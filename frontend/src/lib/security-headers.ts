/**
 * Response headers that limit what a page may load and who may frame it, and how long shared
 * caches may keep it. Pure functions: src/proxy.ts and the route handlers apply them.
 */

/** A fresh value for the CSP's 'nonce-…': 128 random bits, base64. */
export function newNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}

export type PagePolicy = {
  nonce: string;
  /** Origins allowed to frame the page; none gives frame-ancestors 'none'. */
  frameAncestors: readonly string[];
  /** Where images may come from besides this site. */
  imageOrigins: readonly string[];
  production: boolean;
  /** Whether the site is served over https (then http subresources are upgraded). */
  https: boolean;
};

/**
 * The Content-Security-Policy of a page: scripts only with this response's nonce (Next puts it
 * on its own scripts; 'strict-dynamic' trusts the chunks they load), nothing framed, no plugins.
 */
export function contentSecurityPolicy(policy: PagePolicy): string {
  const nonce = `'nonce-${policy.nonce}'`;
  const directives = [
    "default-src 'self'",
    // next dev evaluates source maps and injects styles for its overlay; next start does neither.
    `script-src 'self' ${nonce} 'strict-dynamic'${policy.production ? "" : " 'unsafe-eval'"}`,
    `style-src 'self' ${policy.production ? nonce : "'unsafe-inline'"}`,
    ["img-src 'self' data:", ...policy.imageOrigins].join(" "),
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    `frame-ancestors ${policy.frameAncestors.length ? policy.frameAncestors.join(" ") : "'none'"}`,
  ];
  if (policy.https) directives.push("upgrade-insecure-requests");
  return directives.join("; ");
}

/** The CSP of a response that is not a page (JSON, a redirect): it may load and be framed by nothing. */
export const LOCKED_DOWN_POLICY = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'";

/** The same for the preview hops, which happen inside the admin's preview frame. */
export function previewHopPolicy(adminOrigins: readonly string[]): string {
  return `default-src 'none'; frame-ancestors ${["'self'", ...adminOrigins].join(" ")}; base-uri 'none'`;
}

/** CSP and X-Frame-Options for a page; a framable page leaves framing to frame-ancestors alone. */
export function framingHeaders(csp: string, framable: boolean): Record<string, string> {
  return framable
    ? { "Content-Security-Policy": csp }
    : { "Content-Security-Policy": csp, "X-Frame-Options": "DENY" };
}

/**
 * What every response carries, pages or not (next.config.ts sets them on all paths).
 * HSTS only in production: a dev server on http://localhost must not pin https for the host.
 */
export function baseSecurityHeaders(production: boolean): { key: string; value: string }[] {
  const headers = [
    { key: "X-Content-Type-Options", value: "nosniff" },
    { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  ];
  if (production) headers.push({ key: "Strict-Transport-Security", value: "max-age=31536000" });
  return headers;
}

/**
 * Cache-Control of a page: a CDN may keep a public page `sMaxAge` seconds and then serve it stale
 * for up to `staleWhileRevalidate` more while it fetches a new copy; a preview is never stored.
 */
export function pageCacheControl(
  preview: boolean,
  { sMaxAge, staleWhileRevalidate }: { sMaxAge: number; staleWhileRevalidate: number },
): string {
  if (preview) return "private, no-store";
  return `public, s-maxage=${sMaxAge}, stale-while-revalidate=${staleWhileRevalidate}`;
}
