/**
 * Where a visitor lands once the API has their enquiry (the server action redirects here with a
 * 303). It names the trip asked about when it can; it is never indexed.
 */
import type { Metadata } from "next";
import { fetchItineraryTitle } from "@/api/client";
import { PageHeader } from "@/components/PageHeader";
import { queryId } from "@/lib/departures";
import { loadOperator } from "@/lib/operator";
import { requestDeadline } from "@/lib/request-context";

export const revalidate = 0;

export const metadata: Metadata = {
  title: "Thank you for your enquiry",
  robots: { index: false, follow: false },
};

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
  const [itinerary, operator] = await Promise.all([
    itineraryOf(queryId(query.itinerary)),
    loadOperator(),
  ]);
  return (
    <article className="thanks">
      <PageHeader title="Thank you for your enquiry" eyebrow="Enquiry received" />
      <div className="container">
        <div className="narrow">
          <p>
            {itinerary ? (
              <>
                We have received your enquiry about <a href={itinerary.path}>{itinerary.title}</a>.
              </>
            ) : (
              "We have received your enquiry."
            )}{" "}
            {operator.name || "We"} will answer you by email; please check your spam folder if
            nothing arrives.
          </p>
          {operator.email ? (
            <p>
              To add something, write to <a href={`mailto:${operator.email}`}>{operator.email}</a>.
            </p>
          ) : null}
          <p>
            <a href={itinerary?.path ?? "/"}>
              {itinerary ? `Back to ${itinerary.title}` : "Back to the home page"}
            </a>
          </p>
        </div>
      </div>
    </article>
  );
}
