/** What a visitor sees when the guide's content cannot be fetched (HTTP 503 or an error). */
import { DEFAULT_LOCALE, type Locale, homePath } from "@/lib/i18n";
import { messagesFor } from "@/lib/messages";

export const UNAVAILABLE_TITLE = messagesFor(DEFAULT_LOCALE).unavailable.title;

export function Unavailable({ locale = DEFAULT_LOCALE }: { locale?: Locale }) {
  const t = messagesFor(locale);
  return (
    <div className="container page-header unavailable">
      <h1>{t.unavailable.title}</h1>
      <p>{t.unavailable.text}</p>
      <p>
        <a href={homePath(locale)}>{t.site.homeLink}</a>
      </p>
    </div>
  );
}
