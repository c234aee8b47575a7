"use client";
/**
 * Any error while rendering a page: the same plain message as the 503 page, inside the site's
 * layout. The proxy answers most API failures before rendering starts; this is the rest.
 */
import { Unavailable } from "@/components/Unavailable";

export default function ErrorPage() {
  return <Unavailable />;
}
