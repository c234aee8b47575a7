import type { Departure } from "@/api/types";
import { enquireHref, seatsText, statusText } from "@/lib/departures";
import { formatDate, formatPrice } from "@/lib/format";
import { DEFAULT_LOCALE, type Locale } from "@/lib/i18n";
import { type Messages, messagesFor } from "@/lib/messages";

/**
 * The itinerary's dated departures as a table: date, status, seats, price per person and single
 * supplement, what the price includes. A cancelled one stays listed, struck through and labelled;
 * each one a traveller can still join links to the enquiry form with that date chosen.
 */
export function Departures({
  departures,
  title,
  locale = DEFAULT_LOCALE,
}: {
  departures: Departure[];
  title: string;
  locale?: Locale;
}) {
  const t = messagesFor(locale).departures;
  // What every departure's price includes is said once, above the table, not on every row.
  const shared = sharedIncludes(departures);
  return (
    <>
      {shared ? (
        <p className="departures__includes">
          <strong>{t.everyPriceIncludes}</strong> {shared}
        </p>
      ) : null}
      <div className="table-scroll departures" tabIndex={0} role="region" aria-label={t.label}>
        <table>
          <caption className="visually-hidden">{t.caption(title)}</caption>
          <thead>
            <tr>
              <th scope="col">{t.date}</th>
              <th scope="col">{t.status}</th>
              <th scope="col">{t.seats}</th>
              <th scope="col">{t.pricePerPerson}</th>
              <th scope="col">{t.singleSupplement}</th>
              <th scope="col">{shared ? t.notes : t.includedAndNotes}</th>
              <th scope="col">
                <span className="visually-hidden">{t.enquire}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {departures.map((departure) => (
              <DepartureRow
                key={departure.id}
                departure={departure}
                sharedIncludes={shared}
                locale={locale}
                t={t}
              />
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}

/** The `price_includes` all the departures have in common, if they all say the same. */
export function sharedIncludes(departures: Departure[]): string | null {
  const texts = new Set(departures.map((departure) => departure.price_includes.trim()));
  const [only] = [...texts];
  return texts.size === 1 && only && departures.length > 1 ? only : null;
}

function DepartureRow({
  departure,
  sharedIncludes,
  locale,
  t,
}: {
  departure: Departure;
  sharedIncludes: string | null;
  locale: Locale;
  t: Messages["departures"];
}) {
  const cancelled = departure.status === "cancelled";
  const date = formatDate(departure.start_date, locale);
  const Struck = cancelled ? "s" : "span";
  return (
    <tr
      className={`departure departure--${departure.status}`}
      data-departure={departure.id}
      id={`departure-${departure.id}`}
    >
      <th scope="row">
        <Struck>
          <time dateTime={departure.start_date}>{date}</time>
        </Struck>
      </th>
      <td>
        <span className={`status status--${departure.status}`}>
          {statusText(departure.status, locale)}
        </span>
      </td>
      <td className="departure__nowrap">{seatsText(departure, locale)}</td>
      <td className="departure__nowrap">
        {departure.price ? (
          <Struck>{formatPrice(departure.price, locale)}</Struck>
        ) : (
          t.priceOnRequest
        )}
      </td>
      <td className="departure__nowrap">
        {departure.single_supplement ? (
          formatPrice(departure.single_supplement, locale)
        ) : (
          <>
            <span aria-hidden="true">–</span>
            <span className="visually-hidden">{t.notGiven}</span>
          </>
        )}
      </td>
      <td className="departure__notes">
        {departure.price_includes && !sharedIncludes ? <p>{departure.price_includes}</p> : null}
        {departure.note ? <p className="departure__note">{departure.note}</p> : null}
      </td>
      <td>
        {departure.bookable ? (
          <a href={enquireHref(departure.id)} className="departure__enquire">
            {t.requestThisDate}
            <span className="visually-hidden">: {date}</span>
          </a>
        ) : null}
      </td>
    </tr>
  );
}
