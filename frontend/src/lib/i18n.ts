/**
 * The guide's languages. A page's language is in its path: default-locale paths have no prefix
 * ("/lares/trek-4-days/"), every other language's start with its code ("/es/lares/…"), as
 * Wagtail's paths do. The API names a page's `locale` and lists its other public language
 * versions (`translations`); this reads both defensively, so it works before the generated
 * schema names them.
 */
import { normalizePath } from "./paths";

export const LOCALES = ["en", "es"] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = "en";

/** Another language version of a page, as the API lists it. */
export type Translation = { locale: Locale; path: string; title: string };

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (LOCALES as readonly string[]).includes(value);
}

/** Each language's name in itself, for the language switcher. */
export const LANGUAGE_NAMES: Record<Locale, string> = { en: "English", es: "Español" };

/** The locale Intl formats numbers and dates with ("es": "4.450", "12,5", "6 de junio"). */
export const INTL_LOCALES: Record<Locale, string> = { en: "en-GB", es: "es" };

/** OpenGraph's `og:locale`. */
export const OG_LOCALES: Record<Locale, string> = { en: "en_GB", es: "es_PE" };

/** "?x" and "#y" of a path, apart from the path itself. */
function splitSuffix(path: string): [string, string] {
  const index = path.search(/[?#]/);
  return index < 0 ? [path, ""] : [path.slice(0, index), path.slice(index)];
}

function firstSegment(path: string): string {
  return (
    splitSuffix(path)[0]
      .split("/")
      .find((part) => part !== "") ?? ""
  );
}

/** "/es/lares/" → "es"; "/lares/", "/", "/espana/" → "en" (the default has no prefix). */
export function localeOfPath(path: string): Locale {
  const first = firstSegment(path);
  return isLocale(first) && first !== DEFAULT_LOCALE ? first : DEFAULT_LOCALE;
}

/** "/es/lares/" → "/lares/"; "/es/" → "/"; a default-locale path comes back unchanged. */
export function withoutLocale(path: string): string {
  const locale = localeOfPath(path);
  if (locale === DEFAULT_LOCALE) return path;
  const [bare, suffix] = splitSuffix(path);
  const rest = bare.replace(/^\/+/, "").slice(locale.length);
  return `${rest.startsWith("/") ? rest : `/${rest}`}${suffix}`;
}

/**
 * The same path in another language's prefix: ("/lares/", "es") → "/es/lares/"; ("/es/", "en")
 * → "/"; a query or fragment is kept. The slug stays as it is: the API's `translations` give a
 * translation's real path.
 */
export function withLocale(path: string, locale: Locale): string {
  const bare = withoutLocale(path);
  if (locale === DEFAULT_LOCALE) return bare;
  return bare.startsWith("/") ? `/${locale}${bare}` : `/${locale}/${bare}`;
}

/** The home page of a language: "/" or "/es/". */
export function homePath(locale: Locale): string {
  return withLocale("/", locale);
}

/** A page's language: the API's `locale`, else the one its path (or the requested path) names. */
export function pageLocale(page: object, path: string): Locale {
  const { locale, path: own } = page as { locale?: unknown; path?: unknown };
  if (isLocale(locale)) return locale;
  return localeOfPath(typeof own === "string" && own ? own : path);
}

/** The page's other language versions (`translations`), malformed entries left out. */
export function translationsOf(page: object): Translation[] {
  const { translations } = page as { translations?: unknown };
  if (!Array.isArray(translations)) return [];
  return translations.flatMap((entry: unknown) => {
    const { locale, path, title } = (entry ?? {}) as Record<string, unknown>;
    if (!isLocale(locale) || typeof path !== "string" || !path.startsWith("/")) return [];
    return [{ locale, path, title: typeof title === "string" ? title : "" }];
  });
}

/** Every language version of a page, itself included: locale → path. */
export type LanguageVersions = Partial<Record<Locale, string>>;

export function languageVersions(
  locale: Locale,
  path: string,
  translations: readonly Translation[],
): LanguageVersions {
  const versions: LanguageVersions = {};
  for (const translation of translations) {
    if (translation.locale !== locale) versions[translation.locale] = translation.path;
  }
  versions[locale] = path;
  return versions;
}

/**
 * `hreflang` alternates for a page's metadata: every language version's URL, and `x-default`
 * pointing to the default language's. Undefined when the page is in one language only.
 */
export function hreflangAlternates(
  versions: LanguageVersions,
  siteUrl: string,
): Record<string, string> | undefined {
  const present = LOCALES.filter((locale) => versions[locale]);
  if (present.length < 2) return undefined;
  const url = (path: string) => `${siteUrl}${normalizePath(path)}`;
  const languages: Record<string, string> = {};
  for (const locale of present) languages[locale] = url(versions[locale] as string);
  const fallback = versions[DEFAULT_LOCALE];
  if (fallback) languages["x-default"] = url(fallback);
  return languages;
}

export type LanguageLink = { locale: Locale; name: string; href: string; current: boolean };

/**
 * The language switcher's links: each language's version of the page the reader is on when
 * there is one, else the same path under that language's prefix (which says the page is not
 * translated yet, and links to the original).
 */
export function languageLinks(
  current: Locale,
  path: string,
  versions: LanguageVersions = {},
): LanguageLink[] {
  return LOCALES.map((locale) => ({
    locale,
    name: LANGUAGE_NAMES[locale],
    href: versions[locale] ?? (locale === current ? path : withLocale(path, locale)),
    current: locale === current,
  }));
}
