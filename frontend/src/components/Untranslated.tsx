import type { GuidePage } from "@/api/types";
import { type Locale, pageLocale } from "@/lib/i18n";
import { messagesFor } from "@/lib/messages";

/**
 * A page that exists only in another language: its title (in that language) and a notice in the
 * reader's language, with a link to the original.
 */
export function Untranslated({
  original,
  originalPath,
  locale,
}: {
  original: GuidePage;
  originalPath: string;
  /** The reader's language (the path's). */
  locale: Locale;
}) {
  const t = messagesFor(locale).untranslated;
  const href = original.path || originalPath;
  const language = pageLocale(original, href);
  return (
    <div className="container page-header untranslated">
      <h1 lang={language}>{original.title}</h1>
      <p className="untranslated__notice">{t.notice}</p>
      <p>
        <a href={href} hrefLang={language}>
          {t.readOriginal(language)}
        </a>
      </p>
    </div>
  );
}
