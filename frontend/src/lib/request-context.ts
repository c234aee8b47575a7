/** What the proxy told the render about this request (see request-headers.ts). */
import { headers } from "next/headers";
import { DEFAULT_LOCALE, type Locale, isLocale } from "./i18n";
import {
  DEADLINE_HEADER,
  LOCALE_HEADER,
  NONCE_HEADER,
  PATH_HEADER,
  UNAVAILABLE_HEADER,
} from "./request-headers";

/** The CSP nonce for inline scripts of our own (JSON-LD), or undefined outside the proxy. */
export async function requestNonce(): Promise<string | undefined> {
  return (await headers()).get(NONCE_HEADER) ?? undefined;
}

/** The time by which every API call of this request must be over (undefined: the default). */
export async function requestDeadline(): Promise<number | undefined> {
  const value = Number((await headers()).get(DEADLINE_HEADER));
  return Number.isFinite(value) && value > 0 ? value : undefined;
}

/** Whether the proxy found the API down with no copy of this path to show. */
export async function apiUnavailable(): Promise<boolean> {
  return (await headers()).get(UNAVAILABLE_HEADER) === "1";
}

/** The language of the requested path (the default outside the proxy, e.g. at build time). */
export async function requestLocale(): Promise<Locale> {
  // `next build` prerenders the static 404 page with no request: it must stay static.
  if (process.env.NEXT_PHASE === "phase-production-build") return DEFAULT_LOCALE;
  const value = (await headers()).get(LOCALE_HEADER);
  return isLocale(value) ? value : DEFAULT_LOCALE;
}

/** The requested path as the proxy saw it ("/es/lares/"), or null outside the proxy. */
export async function requestPath(): Promise<string | null> {
  const value = (await headers()).get(PATH_HEADER);
  return value && value.startsWith("/") ? value : null;
}
