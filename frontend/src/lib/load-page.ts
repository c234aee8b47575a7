/**
 * Which page answers a request path: the draft being previewed, the published page, a redirect an
 * editor set up, or nothing. Memoised per request, so metadata, page and layout share one answer.
 *
 * A path in another language ("/es/…") where no page is published falls back to the default
 * language's page at the path without the prefix: when that page lists a translation in the
 * reader's language (its slug differs), the reader is sent there; otherwise the page is
 * "untranslated" and a notice links to the original.
 */
import { headers } from "next/headers";
import { cache } from "react";
import { fetchPageByPath, fetchPreview } from "@/api/client";
import type { GuidePage } from "@/api/types";
import { DEFAULT_LOCALE, type Locale, localeOfPath, translationsOf, withoutLocale } from "./i18n";
import { PREVIEW_WITHOUT_PATH, redirectTarget, samePath } from "./paths";
import { requestDeadline } from "./request-context";
import { PREVIEW_HEADER } from "./request-headers";

export type LoadedPage =
  | { kind: "page"; page: GuidePage; preview: boolean }
  /** No page in the path's language: the default language's `original` is at `originalPath`. */
  | { kind: "untranslated"; original: GuidePage; originalPath: string; locale: Locale }
  | { kind: "redirect"; location: string; permanent: boolean }
  | { kind: "missing" };

async function loadDraft(path: string): Promise<GuidePage | null> {
  // The proxy passes on the URL's `?preview=` token; a bad or expired one shows the live page.
  const token = (await headers()).get(PREVIEW_HEADER);
  if (!token) return null;
  const result = await fetchPreview(token, await requestDeadline());
  if (!result.ok) return null;
  const draftPath = result.data.path as string | null;
  const matches = draftPath ? samePath(draftPath, path) : samePath(path, PREVIEW_WITHOUT_PATH);
  return matches ? result.data : null;
}

export const loadPage = cache(async (path: string): Promise<LoadedPage> => {
  const draft = await loadDraft(path);
  if (draft) return { kind: "page", page: draft, preview: true };

  const deadline = await requestDeadline();
  const answer = await fetchPageByPath(path, deadline);
  if (!answer.ok) return untranslated(path, deadline);
  if (answer.data.type !== "redirect") return { kind: "page", page: answer.data, preview: false };
  // Where no page is published, by-path answers the editor's redirect from the path, if any.
  const location = redirectTarget(answer.data.location);
  if (location && !samePath(location, path)) {
    return { kind: "redirect", location, permanent: answer.data.permanent };
  }
  return untranslated(path, deadline);
});

/** The default language's page for a path in another language that has none, if there is one. */
async function untranslated(path: string, deadline: number | undefined): Promise<LoadedPage> {
  const locale = localeOfPath(path);
  if (locale === DEFAULT_LOCALE) return { kind: "missing" };
  const originalPath = withoutLocale(path);
  const answer = await fetchPageByPath(originalPath, deadline);
  if (!answer.ok || answer.data.type === "redirect") return { kind: "missing" };
  const translation = translationsOf(answer.data).find((t) => t.locale === locale);
  if (translation && !samePath(translation.path, path)) {
    return { kind: "redirect", location: translation.path, permanent: false };
  }
  return { kind: "untranslated", original: answer.data, originalPath, locale };
}
