/**
 * Editors' redirects as the proxy sees them: asked of the API once per path, then kept briefly
 * in memory so a page view costs at most one small API call per path every REDIRECT_TTL_MS.
 */
import { timeLeft } from "@/api/client";
import { apiBaseUrl } from "./config";
import { normalizePath, redirectTarget } from "./paths";

export const REDIRECT_TTL_MS = 30_000;
const MAX_ENTRIES = 2_000;

export type RedirectAnswer = { location: string; permanent: boolean } | null;
type Entry = { answer: RedirectAnswer; expires: number };

const store: Map<string, Entry> =
  ((globalThis as Record<string, unknown>).__guideRedirects as Map<string, Entry>) ??
  ((globalThis as Record<string, unknown>).__guideRedirects = new Map<string, Entry>());

/**
 * The redirect that applies at `path` (none where a page answers), or null; asking the API gives
 * up at `deadline` (ms since the epoch), since the page still has to render after it.
 */
export async function findRedirect(
  path: string,
  deadline?: number,
  now = Date.now(),
): Promise<RedirectAnswer> {
  const key = normalizePath(path);
  const cached = store.get(key);
  if (cached && cached.expires > now) return cached.answer;
  const answer = await askApi(key, timeLeft(deadline, now));
  if (store.size >= MAX_ENTRIES) store.clear();
  store.set(key, { answer, expires: now + REDIRECT_TTL_MS });
  return answer;
}

/** Forget what is known of these paths (the revalidation webhook names the paths that changed). */
export function forgetRedirects(paths: readonly string[]): void {
  for (const path of paths) store.delete(normalizePath(path));
}

async function askApi(path: string, timeoutMs: number): Promise<RedirectAnswer> {
  const url = `${apiBaseUrl()}/api/v3/guide/redirects/?${new URLSearchParams({ path })}`;
  try {
    const response = await fetch(url, {
      cache: "no-store",
      signal: AbortSignal.timeout(timeoutMs),
    });
    if (!response.ok) return null;
    const data = (await response.json()) as { location?: string; permanent?: boolean };
    const location = redirectTarget(data.location);
    return location ? { location, permanent: Boolean(data.permanent) } : null;
  } catch {
    return null; // an API that is down must not take the site with it; the page will say so
  }
}
