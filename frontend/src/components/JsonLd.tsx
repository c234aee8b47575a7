import { jsonForScript } from "@/lib/metadata";
import { requestNonce } from "@/lib/request-context";

/** The page's structured data for search engines, as the API built it (nonce'd, like any inline script). */
export async function JsonLd({ data }: { data: unknown }) {
  if (data === null || data === undefined) return null;
  return (
    <script
      type="application/ld+json"
      nonce={await requestNonce()}
      dangerouslySetInnerHTML={{ __html: jsonForScript(data) }}
    />
  );
}
