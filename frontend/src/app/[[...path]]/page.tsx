/**
 * Every page of the guide: asks the API which page lives at the requested path and renders the
 * template for its type. Unknown paths follow an editor's redirect if there is one, else 404.
 */
import type { Metadata } from "next";
import { notFound, permanentRedirect, redirect } from "next/navigation";
import { JsonLd } from "@/components/JsonLd";
import { PreviewBanner } from "@/components/PreviewBanner";
import { UNAVAILABLE_TITLE, Unavailable } from "@/components/Unavailable";
import { PageTemplate } from "@/templates/PageTemplate";
import { queryId } from "@/lib/departures";
import { loadPage } from "@/lib/load-page";
import { pageMetadata, structuredDataOf } from "@/lib/metadata";
import { loadNavigation } from "@/lib/navigation";
import { looksLikeFile, pathFromSegments } from "@/lib/paths";
import { apiUnavailable } from "@/lib/request-context";

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
  return { path, page: loaded.page, preview: loaded.preview };
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  if (await apiUnavailable()) return { title: UNAVAILABLE_TITLE, robots: { index: false } };
  const [{ path, page, preview }, navigation] = await Promise.all([
    resolve(props),
    loadNavigation(),
  ]);
  return pageMetadata(page, path, preview, navigation.title);
}

export default async function GuidePageRoute(props: Props) {
  // The proxy found the API down and nothing kept for this path; it has set the status to 503.
  if (await apiUnavailable()) return <Unavailable />;
  const [{ path, page, preview }, query] = await Promise.all([resolve(props), props.searchParams]);
  return (
    <>
      {preview ? <PreviewBanner path={path} /> : null}
      <JsonLd data={structuredDataOf(page)} />
      <PageTemplate page={page} departureId={queryId(query.departure)} />
    </>
  );
}
