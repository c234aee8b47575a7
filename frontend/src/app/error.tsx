"use client";
/**
 * Any error while rendering a page: the same plain message as the 503 page, inside the site's
 * layout and in the language of the page's path. The proxy answers most API failures before
 * rendering starts; this is the rest.
 */
import { usePathname } from "next/navigation";
import { Unavailable } from "@/components/Unavailable";
import { localeOfPath } from "@/lib/i18n";

export default function ErrorPage() {
  return <Unavailable locale={localeOfPath(usePathname() ?? "/")} />;
}
