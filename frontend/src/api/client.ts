/**
 * The guide's public v3 API, as this site reads it. Published pages are cached (tagged per path,
 * kept API_REVALIDATE_SECONDS) so Django's webhook makes an edit visible; previews never are.
 */
import { API_REVALIDATE_SECONDS, apiBaseUrl } from "@/lib/config";
import { ALL_PAGES_TAG, normalizePath, pageTag } from "@/lib/paths";
import type { GuidePage, PathAnswer } from "./types";

const GUIDE = "/api/v3/guide";

export type ApiResult<T> =
  { ok: true; status: number; data: T } | { ok: false; status: number; message: string };

/** Thrown when the API cannot be reached or answers with a server error: a 5xx page, not a 404. */
export class ApiUnavailable extends Error {}

type CacheOptions = { cache: "no-store" } | { next: { revalidate: number; tags: string[] } };

function cachedFor(path: string): CacheOptions {
  return { next: { revalidate: API_REVALIDATE_SECONDS, tags: [ALL_PAGES_TAG, pageTag(path)] } };
}

async function getJson<T>(
  route: string,
  query: Record<string, string>,
  options: CacheOptions,
): Promise<ApiResult<T>> {
  const url = `${apiBaseUrl()}${GUIDE}${route}?${new URLSearchParams(query)}`;
  let response: Response;
  try {
    response = await fetch(url, { ...options, headers: { Accept: "application/json" } });
  } catch (error) {
    throw new ApiUnavailable(`The guide API at ${apiBaseUrl()} cannot be reached`, {
      cause: error,
    });
  }
  if (response.status >= 500) {
    throw new ApiUnavailable(`The guide API answered ${response.status} for ${route}`);
  }
  const body = (await response.json().catch(() => null)) as unknown;
  if (response.ok && body !== null) return { ok: true, status: response.status, data: body as T };
  const message = (body as { message?: unknown } | null)?.message;
  return {
    ok: false,
    status: response.status,
    message: typeof message === "string" ? message : `HTTP ${response.status}`,
  };
}

/**
 * The published page at `path` or, where there is none, the redirect an editor set up from it
 * (`type: "redirect"`): one cached request per path.
 */
export function fetchPageByPath(path: string): Promise<ApiResult<PathAnswer>> {
  const normalized = normalizePath(path);
  return getJson<PathAnswer>("/pages/by-path/", { path: normalized }, cachedFor(normalized));
}

/**
 * The draft behind a signed preview token: the same page union as by-path, never cached.
 * 401 when the token has expired, 403 when it is forged or altered.
 */
export function fetchPreview(token: string): Promise<ApiResult<GuidePage>> {
  return getJson<GuidePage>("/preview/", { token }, { cache: "no-store" });
}
