/**
 * The language switcher's links for the page being rendered. The root layout has no route
 * params: it reads the path from the proxy's header and shares the page's answer (loadPage is
 * memoised per request), so the switcher costs no API call of its own on a guide page.
 */
import {
  type LanguageLink,
  type LanguageVersions,
  type Locale,
  homePath,
  languageLinks,
  languageVersions,
  pageLocale,
  translationsOf,
} from "./i18n";
import { loadPage } from "./load-page";
import { looksLikeFile, pathFromSegments } from "./paths";
import { apiUnavailable, requestPath } from "./request-context";

async function versionsOf(path: string): Promise<LanguageVersions> {
  const loaded = await loadPage(path);
  if (loaded.kind === "page") {
    const { page } = loaded;
    return languageVersions(pageLocale(page, path), page.path || path, translationsOf(page));
  }
  if (loaded.kind === "untranslated") {
    const { original, originalPath, locale } = loaded;
    const own = original.path || originalPath;
    return {
      ...languageVersions(pageLocale(original, own), own, translationsOf(original)),
      [locale]: path,
    };
  }
  return {};
}

export async function loadLanguageLinks(locale: Locale): Promise<LanguageLink[]> {
  if (process.env.NEXT_PHASE === "phase-production-build") return languageLinks(locale, "/");
  const raw = await requestPath();
  const path = raw ? pathFromSegments(raw.split("/")) : homePath(locale);
  if (looksLikeFile(path) || (await apiUnavailable())) return languageLinks(locale, path);
  try {
    return languageLinks(locale, path, await versionsOf(path));
  } catch {
    // The header must not take the page down: the prefixed paths still lead somewhere.
    return languageLinks(locale, path);
  }
}
