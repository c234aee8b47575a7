import { jsonForScript } from "@/lib/metadata";

/** The page's structured data for search engines, as the API built it. */
export function JsonLd({ data }: { data: unknown }) {
  if (data === null || data === undefined) return null;
  return (
    <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: jsonForScript(data) }} />
  );
}
