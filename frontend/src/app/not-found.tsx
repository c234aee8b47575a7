import type { Metadata } from "next";
import { homePath } from "@/lib/i18n";
import { messagesFor } from "@/lib/messages";
import { requestLocale } from "@/lib/request-context";

export async function generateMetadata(): Promise<Metadata> {
  return { title: messagesFor(await requestLocale()).notFound.title, robots: { index: false } };
}

/** No page at this address, in the reader's language (the path's: "/es/…" is Spanish). */
export default async function NotFound() {
  const locale = await requestLocale();
  const t = messagesFor(locale);
  return (
    <div className="container page-header not-found">
      <h1>{t.notFound.title}</h1>
      <p>{t.notFound.text}</p>
      <p>
        <a href={homePath(locale)}>{t.site.homeLink}</a>
      </p>
    </div>
  );
}
