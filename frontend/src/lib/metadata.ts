/** <head> metadata and JSON-LD for a guide page. */
import type { Metadata } from "next";
import type { GuidePage } from "@/api/types";
import { siteUrl } from "./config";
import {
  type Locale,
  OG_LOCALES,
  hreflangAlternates,
  languageVersions,
  pageLocale,
  translationsOf,
} from "./i18n";
import { normalizePath } from "./paths";

/** The page's own description: what the editor wrote for search, else its summary or intro. */
export function describe(page: GuidePage): string {
  if (page.search_description) return page.search_description;
  if ("summary" in page && page.summary) return page.summary;
  if ("intro" in page && page.intro) return page.intro;
  return "";
}

export function canonicalUrl(path: string): string {
  return `${siteUrl()}${normalizePath(path)}`;
}

/**
 * The page's `alternates`: its canonical URL and, when it is published in more than one
 * language, an `hreflang` link to each version (itself included) and `x-default` to the
 * default language's.
 */
export function pageAlternates(page: GuidePage, path: string): Metadata["alternates"] {
  const own = page.path || path;
  const versions = languageVersions(pageLocale(page, path), own, translationsOf(page));
  const languages = hreflangAlternates(versions, siteUrl());
  const canonical = canonicalUrl(own);
  return languages ? { canonical, languages } : { canonical };
}

export function pageMetadata(
  page: GuidePage,
  path: string,
  preview: boolean,
  siteName: string,
): Metadata {
  const title = page.seo_title || page.title;
  const description = describe(page) || undefined;
  const url = canonicalUrl(page.path || path);
  const image = "hero_image" in page ? page.hero_image : null;
  const locale: Locale = pageLocale(page, path);
  const others = translationsOf(page).filter((translation) => translation.locale !== locale);
  return {
    title: page.type === "home" ? { absolute: title } : title,
    description,
    alternates: pageAlternates(page, path),
    robots: preview ? { index: false, follow: false } : undefined,
    openGraph: {
      type: page.type === "itinerary" || page.type === "destination" ? "article" : "website",
      siteName,
      title,
      description,
      url,
      locale: OG_LOCALES[locale],
      alternateLocale: others.length
        ? others.map((translation) => OG_LOCALES[translation.locale])
        : undefined,
      images: image
        ? [{ url: image.url, width: image.width, height: image.height, alt: image.alt }]
        : undefined,
    },
    twitter: { card: image ? "summary_large_image" : "summary", title, description },
  };
}

/**
 * The page's JSON-LD (`structured_data`) as the API gives it, or null. Read through `in` so this
 * compiles whether or not the generated schema names the field yet.
 */
export function structuredDataOf(page: GuidePage): unknown {
  if (!("structured_data" in page)) return null;
  const data = page.structured_data;
  if (data === null || data === undefined) return null;
  if (Array.isArray(data) && data.length === 0) return null;
  return data;
}

/** JSON for an inline <script>: "<" escaped so no value can close the element. */
export function jsonForScript(data: unknown): string {
  return JSON.stringify(data)
    .replace(/</g, "\\u003c")
    .replace(/\u2028/g, "\\u2028")
    .replace(/\u2029/g, "\\u2029");
}
