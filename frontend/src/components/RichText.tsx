import { sanitizeRichText } from "@/lib/sanitize";

/**
 * HTML from the API's rich text fields (internal links already resolved to this site's paths),
 * cut down to the elements rich text uses: the API is trusted, but not with scripts on this site.
 */
export function RichText({ html, className }: { html: string; className?: string }) {
  const clean = html ? sanitizeRichText(html) : "";
  if (!clean) return null;
  return (
    <div
      className={className ? `rich-text ${className}` : "rich-text"}
      dangerouslySetInnerHTML={{ __html: clean }}
    />
  );
}
