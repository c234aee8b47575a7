/**
 * Every page of the guide: asks the API which page lives at the requested path and renders the
 * template for its type. Unknown paths follow an editor's redirect if there is one, else 404. A
 * path in another language with no page there shows the default language's page as "not
 * translated yet" (or redirects to its translation, when that has another slug).
 */
import type { Metadata } from "next";
import { notFound, permanentRedirect, redirect } from "next/navigation";
import { JsonLd } from "@/components/JsonLd";
import { PreviewBanner } from "@/components/PreviewBanner";
import { Unavailable } from "@/components/Unavailable";
import { Untranslated } from "@/components/Untranslated";
import { PageTemplate } from "@/templates/PageTemplate";
import { queryId } from "@/lib/departures";
import { pageLocale } from "@/lib/i18n";
import { loadPage } from "@/lib/load-page";
import { messagesFor } from "@/lib/messages";
import { pageMetadata, structuredDataOf } from "@/lib/metadata";
import { loadNavigation } from "@/lib/navigation";
import { looksLikeFile, pathFromSegments } from "@/lib/paths";
import { apiUnavailable, requestLocale } from "@/lib/request-context";

// Rendered per request (drafts and redirects depend on it); the API answers themselves are cached.
export const revalidate = 0;

type Props = {
  params: Promise<{ path?: string[] }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

async function resolve({ params }: Props) {
  const path = pathFromSegments((await params).path);
  // A missing file ("/favicon.ico/", "/robots.txt/") is never a page: no need to ask the API.
  if (looksLikeFile(path)) notFound();
  const loaded = await loadPage(path);
  if (loaded.kind === "redirect") {
    if (loaded.permanent) permanentRedirect(loaded.location);
    redirect(loaded.location);
  }
  if (loaded.kind === "missing") notFound();
  return { path, loaded };
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  if (await apiUnavailable()) {
    const { title } = messagesFor(await requestLocale()).unavailable;
    return { title, robots: { index: false } };
  }
  // The site's name in the path's language, as the layout has it.
  const [{ path, loaded }, navigation] = await Promise.all([
    resolve(props),
    requestLocale().then(loadNavigation),
  ]);
  if (loaded.kind === "untranslated") {
    // Another language's page: only for readers who followed a link, never for search engines.
    const { original } = loaded;
    return { title: original.seo_title || original.title, robots: { index: false, follow: true } };
  }
  const { page, preview } = loaded;
  return pageMetadata(page, path, preview, navigation.title);
}

export default async function GuidePageRoute(props: Props) {
  // The proxy found the API down and nothing kept for this path; it has set the status to 503.
  if (await apiUnavailable()) return <Unavailable locale={await requestLocale()} />;
  const [{ path, loaded }, query] = await Promise.all([resolve(props), props.searchParams]);
  if (loaded.kind === "untranslated") {
    return (
      <Untranslated
        original={loaded.original}
        originalPath={loaded.originalPath}
        locale={loaded.locale}
      />
    );
  }
  const { page, preview } = loaded;
  const locale = pageLocale(page, path);
  return (
    <>
      {preview ? <PreviewBanner path={path} locale={locale} /> : null}
      <JsonLd data={structuredDataOf(page)} />
      <PageTemplate page={page} departureId={queryId(query.departure)} locale={locale} />
    </>
  );
}
