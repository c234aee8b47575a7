/**
 * The site's name and top-level sections, from the home page of the reader's language (cached
 * like any page); the default language's when that language has no home page yet.
 */
import { cache } from "react";
import { fetchPageByPath } from "@/api/client";
import { DEFAULT_LOCALE, type Locale, homePath } from "./i18n";
import { messagesFor } from "./messages";
import { requestDeadline } from "./request-context";

export type Navigation = {
  title: string;
  /** The home page the site's name links to: "/" or "/es/". */
  home: string;
  sections: { title: string; path: string }[];
};

export const FALLBACK_NAVIGATION: Navigation = { title: "Trek guide", home: "/", sections: [] };

function fallbackNavigation(locale: Locale): Navigation {
  return { ...FALLBACK_NAVIGATION, title: messagesFor(locale).site.fallbackTitle };
}

async function homeNavigation(locale: Locale): Promise<Navigation | null> {
  try {
    const home = homePath(locale);
    const result = await fetchPageByPath(home, await requestDeadline());
    if (!result.ok || result.data.type !== "home") return null;
    return {
      title: result.data.title,
      home,
      sections: result.data.sections.map(({ title, path }) => ({ title, path })),
    };
  } catch {
    // The header must not take the whole site down with it.
    return null;
  }
}

export const loadNavigation = cache(
  async (locale: Locale = DEFAULT_LOCALE): Promise<Navigation> => {
    // `next build` prerenders the static 404 page; the build must not depend on a running API.
    if (process.env.NEXT_PHASE === "phase-production-build") return FALLBACK_NAVIGATION;
    const own = await homeNavigation(locale);
    if (own) return own;
    if (locale !== DEFAULT_LOCALE) {
      const fallback = await homeNavigation(DEFAULT_LOCALE);
      if (fallback) return fallback;
    }
    return fallbackNavigation(locale);
  },
);
