/**
 * Which page answers a request path: the draft being previewed, the published page, a redirect an
 * editor set up, or nothing. Memoised per request, so metadata and page share one answer.
 */
import { cookies, draftMode } from "next/headers";
import { cache } from "react";
import { fetchPageByPath, fetchPreview } from "@/api/client";
import type { GuidePage } from "@/api/types";
import { PREVIEW_WITHOUT_PATH, redirectTarget, samePath } from "./paths";
import { PREVIEW_TOKEN_COOKIE } from "./preview";
import { requestDeadline } from "./request-context";

export type LoadedPage =
  | { kind: "page"; page: GuidePage; preview: boolean }
  | { kind: "redirect"; location: string; permanent: boolean }
  | { kind: "missing" };

async function loadDraft(path: string): Promise<GuidePage | null> {
  if (!(await draftMode()).isEnabled) return null;
  const token = (await cookies()).get(PREVIEW_TOKEN_COOKIE)?.value;
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

  const answer = await fetchPageByPath(path, await requestDeadline());
  if (!answer.ok) return { kind: "missing" };
  if (answer.data.type !== "redirect") return { kind: "page", page: answer.data, preview: false };
  // Where no page is published, by-path answers the editor's redirect from the path, if any.
  const location = redirectTarget(answer.data.location);
  if (location && !samePath(location, path)) {
    return { kind: "redirect", location, permanent: answer.data.permanent };
  }
  return { kind: "missing" };
});
