/**
 * Request headers src/proxy.ts sets for the render that follows; the proxy replaces any a client
 * sends, so the pages can trust them.
 */

/** This response's CSP nonce (Next reads its own from the Content-Security-Policy header). */
export const NONCE_HEADER = "x-nonce";

/** When, in ms since the epoch, the visitor has waited long enough for the API. */
export const DEADLINE_HEADER = "x-guide-deadline";

/** Set when the API failed and nothing is known of the path: render the 503 page. */
export const UNAVAILABLE_HEADER = "x-guide-unavailable";

/** The language of the requested path ("en", "es"): `<html lang>` and the site's own words. */
export const LOCALE_HEADER = "x-guide-locale";

/** The requested path, for the language switcher in the root layout (which has no params). */
export const PATH_HEADER = "x-guide-path";

/** The signed token of the draft an editor previews (from the URL's `?preview=`). */
export const PREVIEW_HEADER = "x-guide-preview";

/** The names above: stripped from every incoming request before the proxy sets its own. */
export const PROXY_REQUEST_HEADERS = [
  NONCE_HEADER,
  DEADLINE_HEADER,
  UNAVAILABLE_HEADER,
  LOCALE_HEADER,
  PATH_HEADER,
  PREVIEW_HEADER,
];
