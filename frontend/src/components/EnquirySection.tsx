import { fetchEnquiryForm } from "@/api/client";
import type { Departure, EnquiryForm as FormSettings } from "@/api/types";
import { formatDate, formatPrice } from "@/lib/format";
import { initialState } from "@/lib/enquiry";
import { DEFAULT_LOCALE, type Locale } from "@/lib/i18n";
import { messagesFor } from "@/lib/messages";
import { loadOperator } from "@/lib/operator";
import { requestDeadline } from "@/lib/request-context";
import { type DepartureChoice, EnquiryForm } from "./EnquiryForm";
import { Section } from "./Section";

type Props = {
  itineraryId: number;
  path: string;
  departures: Departure[];
  /** The departure the visitor chose in the table (`?departure=ID`), if any. */
  departureId: number | null;
  locale?: Locale;
};

/** Fetches a fresh form (its token) for every rendering; never cached. */
async function loadFormSettings(): Promise<FormSettings | null> {
  try {
    const result = await fetchEnquiryForm(await requestDeadline());
    return result.ok ? result.data : null;
  } catch (error) {
    console.warn(`The enquiry form is not shown: ${(error as Error).message}`);
    return null;
  }
}

function choiceLabel(departure: Departure, locale: Locale): string {
  const date = formatDate(departure.start_date, locale);
  return departure.price
    ? messagesFor(locale).enquiry.choice(date, formatPrice(departure.price, locale))
    : date;
}

/** "Request information" at #enquire: the form, pre-filled with the itinerary and departure. */
export async function EnquirySection({
  itineraryId,
  path,
  departures,
  departureId,
  locale = DEFAULT_LOCALE,
}: Props) {
  const settings = await loadFormSettings();
  const choices: DepartureChoice[] = departures
    .filter((departure) => departure.bookable)
    .map((departure) => ({ id: departure.id, label: choiceLabel(departure, locale) }));
  const chosen = choices.find((choice) => choice.id === departureId);
  return (
    <Section
      id="enquire"
      title={messagesFor(locale).itinerary.requestInformation}
      anchor
      className="enquire"
    >
      <EnquiryForm
        initial={initialState({
          itinerary: String(itineraryId),
          departure: chosen ? String(chosen.id) : "",
          token: settings?.token ?? "",
        })}
        settings={
          settings && {
            token: settings.token,
            heardFrom: settings.heard_from,
            partySizeMin: settings.party_size_min,
            partySizeMax: settings.party_size_max,
          }
        }
        contactEmail={settings ? "" : (await loadOperator()).email}
        departures={choices}
        permalink={`${path}#enquire`}
        departuresAnchor={choices.length ? "#departures" : null}
        locale={locale}
      />
    </Section>
  );
}
