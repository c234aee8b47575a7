import { DEFAULT_LOCALE, type Locale } from "@/lib/i18n";
import { messagesFor } from "@/lib/messages";

/** Tells the editor they are looking at a draft, with a way out. */
export function PreviewBanner({
  path,
  locale = DEFAULT_LOCALE,
}: {
  path: string;
  locale?: Locale;
}) {
  const t = messagesFor(locale).preview;
  return (
    <div className="preview-banner" role="status">
      <div className="container">
        <strong>{t.label}</strong>
        {t.text} <a href={path}>{t.leave}</a>
      </div>
    </div>
  );
}
