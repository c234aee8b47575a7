/** The site's name and top-level sections, from the home page (cached like any page). */
import { cache } from "react";
import { fetchPageByPath } from "@/api/client";
import { requestDeadline } from "./request-context";

export type Navigation = { title: string; sections: { title: string; path: string }[] };

export const FALLBACK_NAVIGATION: Navigation = { title: "Trek guide", sections: [] };

export const loadNavigation = cache(async (): Promise<Navigation> => {
  // `next build` prerenders the static 404 page; the build must not depend on a running API.
  if (process.env.NEXT_PHASE === "phase-production-build") return FALLBACK_NAVIGATION;
  try {
    const result = await fetchPageByPath("/", await requestDeadline());
    if (!result.ok || result.data.type !== "home") return FALLBACK_NAVIGATION;
    return {
      title: result.data.title,
      sections: result.data.sections.map(({ title, path }) => ({ title, path })),
    };
  } catch {
    // The header must not take the whole site down with it.
    return FALLBACK_NAVIGATION;
  }
});
