/**
 * Where a visitor lands once the API has their enquiry (the server action redirects here with a
 * 303). It names the trip asked about when it can; it is never indexed. In another language the
 * same page answers under its prefix ("/es/enquiry/thanks/").
 */
import type { Metadata } from "next";
import { fetchItineraryTitle } from "@/api/client";
import { PageHeader } from "@/components/PageHeader";
import { queryId } from "@/lib/departures";
import { homePath } from "@/lib/i18n";
import { messagesFor } from "@/lib/messages";
import { loadOperator } from "@/lib/operator";
import { requestDeadline, requestLocale } from "@/lib/request-context";

export const revalidate = 0;

export async function generateMetadata(): Promise<Metadata> {
  return {
    title: messagesFor(await requestLocale()).thanks.title,
    robots: { index: false, follow: false },
  };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

async function itineraryOf(id: number | null): Promise<{ title: string; path: string } | null> {
  if (id === null) return null;
  try {
    const result = await fetchItineraryTitle(id, await requestDeadline());
    return result.ok ? result.data : null;
  } catch {
    // The thanks stands without the trip's name.
    return null;
  }
}

export default async function EnquiryThanksPage({ searchParams }: Props) {
  const query = await searchParams;
  const [itinerary, operator, locale] = await Promise.all([
    itineraryOf(queryId(query.itinerary)),
    loadOperator(),
    requestLocale(),
  ]);
  const t = messagesFor(locale).thanks;
  return (
    <article className="thanks">
      <PageHeader title={t.title} eyebrow={t.eyebrow} />
      <div className="container">
        <div className="narrow">
          <p>
            {itinerary ? (
              <>
                {t.receivedAbout}
                <a href={itinerary.path}>{itinerary.title}</a>.
              </>
            ) : (
              t.received
            )}{" "}
            {t.willAnswer(operator.name)}
          </p>
          {operator.email ? (
            <p>
              {t.addSomething}
              <a href={`mailto:${operator.email}`}>{operator.email}</a>.
            </p>
          ) : null}
          <p>
            <a href={itinerary?.path ?? homePath(locale)}>
              {itinerary ? t.backTo(itinerary.title) : t.backHome}
            </a>
          </p>
        </div>
      </div>
    </article>
  );
}
