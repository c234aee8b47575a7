/**
 * The guide's public v3 API, as this site reads it. Published pages are cached (tagged per path,
 * kept API_REVALIDATE_SECONDS) so Django's webhook makes an edit visible; previews never are.
 *
 * No call waits longer than the request's deadline (GUIDE_API_TIMEOUT_MS from when the request
 * arrived). When the API fails, a page is answered from the last good copy this process holds.
 */
import { API_REVALIDATE_SECONDS, apiBaseUrl, apiTimeoutMs, revalidateSecret } from "@/lib/config";
import type { EnquiryAnswer, EnquiryBody } from "@/lib/enquiry";
import { Lru } from "@/lib/lru";
import { ALL_PAGES_TAG, normalizePath, pageTag } from "@/lib/paths";
import { CLIENT_IP_HEADER, CLIENT_IP_SIGNATURE_HEADER, signClientIp } from "@/lib/signature";
import type {
  EnquiryForm,
  GuidePage,
  ItineraryList,
  Operator,
  PathAnswer,
  PlaceList,
} from "./types";

const GUIDE = "/api/v3/guide";

export type ApiResult<T> =
  | { ok: true; status: number; data: T }
  | { ok: false; status: number; message: string; param?: string | null };

/** Thrown when the API cannot be reached, is too slow or answers with a server error. */
export class ApiUnavailable extends Error {}

type CacheOptions = { cache: "no-store" } | { next: { revalidate: number; tags: string[] } };

/** How many pages keep their last good answer: enough for the pages people actually visit. */
export const LAST_GOOD_MAX_ENTRIES = 500;
/** Paths the API said have no page: small entries, kept apart so junk paths evict no page. */
const KNOWN_MISSING_MAX_ENTRIES = 2_000;

type Answers = {
  pages: Lru<string, ApiResult<PathAnswer>>;
  missing: Lru<string, ApiResult<PathAnswer>>;
};

// On globalThis: src/proxy.ts and the pages are separate bundles in one process and share it.
const answers: Answers =
  ((globalThis as Record<string, unknown>).__guideLastAnswers as Answers) ??
  ((globalThis as Record<string, unknown>).__guideLastAnswers = {
    pages: new Lru(LAST_GOOD_MAX_ENTRIES),
    missing: new Lru(KNOWN_MISSING_MAX_ENTRIES),
  });

/** Whether this process holds the API's last answer for `path` (a page or a 404) to fall back on. */
export function knowsPath(path: string): boolean {
  const key = normalizePath(path);
  return answers.pages.has(key) || answers.missing.has(key);
}

/** Whether the API's last answer for `path` in this process was that no page is there (404). */
export function knowsMissing(path: string): boolean {
  return answers.missing.has(normalizePath(path));
}

function remember(path: string, result: ApiResult<PathAnswer>): void {
  if (result.ok) {
    answers.pages.set(path, result);
    answers.missing.delete(path);
  } else if (result.status === 404) {
    // A page that is gone must not come back from memory during an outage.
    answers.pages.delete(path);
    answers.missing.set(path, result);
  }
}

function cachedFor(path: string): CacheOptions {
  return { next: { revalidate: API_REVALIDATE_SECONDS, tags: [ALL_PAGES_TAG, pageTag(path)] } };
}

/**
 * Milliseconds left before `deadline`, never more than the configured timeout (the deadline
 * comes from a request header), and at least 1: the fetch is still made, since Next's data cache
 * may answer it without the network.
 */
export function timeLeft(deadline: number | undefined, now = Date.now()): number {
  const timeout = apiTimeoutMs();
  if (deadline === undefined || !Number.isFinite(deadline)) return timeout;
  return Math.max(1, Math.min(timeout, deadline - now));
}

/**
 * Runs `work` with an abort signal for the time left before `deadline` (one signal for the
 * headers and the body: a server that stalls mid-body is as slow as one that never answers).
 * A timeout, an unreachable API or a 5xx (see `answered`) becomes ApiUnavailable.
 */
async function withinDeadline<T>(
  deadline: number | undefined,
  work: (signal: AbortSignal) => Promise<T>,
): Promise<T> {
  const ms = timeLeft(deadline);
  const signal = AbortSignal.timeout(ms);
  try {
    return await work(signal);
  } catch (error) {
    if (error instanceof ApiUnavailable) throw error;
    const reason = signal.aborted
      ? `did not answer within ${ms} ms`
      : `cannot be reached (${error instanceof Error ? error.message : String(error)})`;
    throw new ApiUnavailable(`The guide API at ${apiBaseUrl()} ${reason}`, { cause: error });
  }
}

/** `response`, unless it is a server error: that is the API being unavailable, not an answer. */
function answered(response: Response, what: string): Response {
  if (response.status >= 500) {
    throw new ApiUnavailable(`The guide API answered ${response.status} for ${what}`);
  }
  return response;
}

async function getJson<T>(
  route: string,
  query: Record<string, string>,
  options: CacheOptions,
  deadline?: number,
): Promise<ApiResult<T>> {
  const url = `${apiBaseUrl()}${GUIDE}${route}?${new URLSearchParams(query)}`;
  const { response, body } = await withinDeadline(deadline, async (signal) => {
    const headers = { Accept: "application/json" };
    const response = answered(await fetch(url, { ...options, signal, headers }), route);
    const body = (await response.json().catch((error: unknown) => {
      if (signal.aborted) throw error;
      return null;
    })) as unknown;
    return { response, body };
  });
  if (response.ok && body !== null) return { ok: true, status: response.status, data: body as T };
  const { message, param } = (body ?? {}) as { message?: unknown; param?: unknown };
  return {
    ok: false,
    status: response.status,
    message: typeof message === "string" ? message : `HTTP ${response.status}`,
    param: typeof param === "string" ? param : null,
  };
}

/**
 * The published page at `path` or, where there is none, the redirect an editor set up from it
 * (`type: "redirect"`): one cached request per path. When the API fails, the last answer it
 * gave for the path (the page, or that there is none), if this process has one; else
 * ApiUnavailable.
 */
export async function fetchPageByPath(
  path: string,
  deadline?: number,
): Promise<ApiResult<PathAnswer>> {
  const normalized = normalizePath(path);
  try {
    const result = await getJson<PathAnswer>(
      "/pages/by-path/",
      { path: normalized },
      cachedFor(normalized),
      deadline,
    );
    remember(normalized, result);
    return result;
  } catch (error) {
    const copy =
      error instanceof ApiUnavailable
        ? (answers.pages.get(normalized) ?? answers.missing.get(normalized))
        : undefined;
    if (!copy) throw error;
    console.warn(`${(error as Error).message}; answering ${normalized} from the last good copy`);
    return copy;
  }
}

/**
 * The draft behind a signed preview token: the same page union as by-path, never cached.
 * 401 when the token has expired, 403 when it is forged or altered.
 */
export function fetchPreview(token: string, deadline?: number): Promise<ApiResult<GuidePage>> {
  return getJson<GuidePage>("/preview/", { token }, { cache: "no-store" }, deadline);
}

/** The route files the API serves for an itinerary. */
export const ROUTE_FORMATS = ["gpx", "geojson"] as const;
export type RouteFormat = (typeof ROUTE_FORMATS)[number];

export type RouteFile = {
  status: number;
  body: ArrayBuffer;
  contentType: string | null;
  contentDisposition: string | null;
};

/**
 * An itinerary's route as GPX or GeoJSON, as the API answers it (its 404 included), read whole
 * within the deadline. Not cached here: downloads are rare and the file must match the page.
 */
export function fetchRouteFile(
  id: number,
  format: RouteFormat,
  deadline?: number,
): Promise<RouteFile> {
  const route = `/itineraries/${id}/${format}/`;
  return withinDeadline(deadline, async (signal) => {
    const url = `${apiBaseUrl()}${GUIDE}${route}`;
    const response = answered(await fetch(url, { cache: "no-store", signal }), route);
    return {
      status: response.status,
      body: await response.arrayBuffer(),
      contentType: response.headers.get("Content-Type"),
      contentDisposition: response.headers.get("Content-Disposition"),
    };
  });
}

/** Answers shared by many pages (listings, the operator): cached, marked stale on every publish. */
const SHARED: CacheOptions = {
  next: { revalidate: API_REVALIDATE_SECONDS, tags: [ALL_PAGES_TAG] },
};

/** Who runs the trips, for the footer. */
export function fetchOperator(deadline?: number): Promise<ApiResult<Operator>> {
  return getJson<Operator>("/operator/", {}, SHARED, deadline);
}

/** Itinerary cards matching the listing's filters; a bad filter is the API's 400 and message. */
export function fetchItineraries(
  query: Record<string, string>,
  deadline?: number,
): Promise<ApiResult<ItineraryList>> {
  return getJson<ItineraryList>("/itineraries/", query, SHARED, deadline);
}

/** Places, e.g. `{ kind: "pass" }` for the passes a route can cross. */
export function fetchPlaces(
  query: Record<string, string>,
  deadline?: number,
): Promise<ApiResult<PlaceList>> {
  return getJson<PlaceList>("/places/", query, SHARED, deadline);
}

/** An itinerary's title and path (the thank-you page names the trip asked about). */
export function fetchItineraryTitle(
  id: number,
  deadline?: number,
): Promise<ApiResult<{ id: number; title: string; path: string }>> {
  return getJson(`/itineraries/${id}/`, { fields: "title,path" }, SHARED, deadline);
}

/**
 * A fresh enquiry form: its token says when the form was shown, so it is never cached, and each
 * rendering of the form asks for its own.
 */
export function fetchEnquiryForm(deadline?: number): Promise<ApiResult<EnquiryForm>> {
  return getJson<EnquiryForm>("/enquiries/form/", {}, { cache: "no-store" }, deadline);
}

/** Sending waits longer than a page does: giving up early could have a visitor send twice. */
const ENQUIRY_TIMEOUT_MS = 10_000;

/**
 * Sends an enquiry on the visitor's behalf, naming their address (signed with the shared secret,
 * so Django can count requests per visitor rather than per site). Never throws: a network
 * failure, a timeout or a 5xx is `unavailable`, any other refusal comes back with its body.
 */
export async function postEnquiry(
  body: EnquiryBody,
  clientIp: string | null,
): Promise<EnquiryAnswer> {
  const headers: Record<string, string> = {
    Accept: "application/json",
    "Content-Type": "application/json",
  };
  if (clientIp) {
    headers[CLIENT_IP_HEADER] = clientIp;
    headers[CLIENT_IP_SIGNATURE_HEADER] = signClientIp(clientIp, revalidateSecret());
  }
  const route = "/enquiries/";
  try {
    const response = await fetch(`${apiBaseUrl()}${GUIDE}${route}`, {
      method: "POST",
      cache: "no-store",
      headers,
      body: JSON.stringify(body),
      signal: AbortSignal.timeout(Math.max(apiTimeoutMs(), ENQUIRY_TIMEOUT_MS)),
    });
    if (response.status === 201 || response.status === 200) return { kind: "received" };
    if (response.status >= 500) {
      console.warn(`The guide API answered ${response.status} for POST ${route}`);
      return { kind: "unavailable" };
    }
    return {
      kind: "refused",
      status: response.status,
      body: await response.json().catch(() => null),
      retryAfter: response.headers.get("Retry-After"),
    };
  } catch (error) {
    console.warn(
      `POST ${route} to the guide API at ${apiBaseUrl()} failed: ${
        error instanceof Error ? error.message : String(error)
      }`,
    );
    return { kind: "unavailable" };
  }
}

export type TextFile = { status: number; body: string; contentType: string | null };

/**
 * A file Django serves outside the API (its sitemap), as text, cached like the pages it lists.
 * Throws ApiUnavailable when Django cannot answer.
 */
export function fetchSiteFile(path: string, deadline?: number): Promise<TextFile> {
  return withinDeadline(deadline, async (signal) => {
    const response = answered(await fetch(`${apiBaseUrl()}${path}`, { ...SHARED, signal }), path);
    return {
      status: response.status,
      body: await response.text(),
      contentType: response.headers.get("Content-Type"),
    };
  });
}
