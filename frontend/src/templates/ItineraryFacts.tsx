import type { ItineraryPage } from "@/api/types";
import { BookAhead } from "@/components/FactLists";
import { type Fact, Facts } from "@/components/Facts";
import { formatDailyWalking } from "@/components/fact-text";
import {
  formatDate,
  formatDistance,
  formatElevation,
  formatMonths,
  formatPrice,
  metres,
} from "@/lib/format";
import { DEFAULT_LOCALE, type Locale } from "@/lib/i18n";
import { enumLabel, messagesFor } from "@/lib/messages";

/** The facts panel: how long, far, hard and high, when to go and what to arrange first. */
export function ItineraryFacts({
  page,
  locale = DEFAULT_LOCALE,
}: {
  page: ItineraryPage;
  locale?: Locale;
}) {
  const words = messagesFor(locale);
  const t = words.itinerary;
  const facts: Fact[] = [
    { label: t.duration, value: t.durationValue(page.duration_days, page.nights.length) },
    {
      label: words.facts.distance,
      value: page.total_distance ? formatDistance(page.total_distance, locale) : null,
    },
    {
      label: t.walkingPerDay,
      value: page.daily_walking ? formatDailyWalking(page.daily_walking, locale) || null : null,
    },
    { label: words.facts.difficulty, value: enumLabel(locale, "difficulty", page.difficulty) },
    {
      label: t.maxAltitude,
      value: page.max_altitude ? (
        <>
          {formatElevation(page.max_altitude, undefined, locale)}
          {page.highest_place ? (
            <span className="facts__note">
              {t.at}
              {page.highest_place.name}
            </span>
          ) : null}
        </>
      ) : null,
    },
    {
      label: t.ascentDescent,
      value:
        page.total_ascent && page.total_descent
          ? `${t.up(metres(page.total_ascent.m, locale))}, ${t.down(
              metres(page.total_descent.m, locale),
            )}`
          : null,
    },
    { label: t.bestMonths, value: formatMonths(page.best_months, locale) || null },
    {
      label: t.startEnd,
      value:
        page.start_place && page.end_place
          ? page.start_place.id === page.end_place.id
            ? t.roundTrip(page.start_place.name)
            : t.fromTo(page.start_place.name, page.end_place.name)
          : null,
    },
    {
      label: t.acclimatiseFirst,
      value: page.acclimatisation_days ? t.acclimatiseDays(page.acclimatisation_days) : null,
    },
    { label: t.permit, value: page.permit_required ? t.permitRequired : t.permitNotNeeded },
    {
      label: t.price,
      value: page.price_from ? (
        <>
          {t.priceFrom}
          {formatPrice(page.price_from, locale)}
          <span className="facts__note">{t.perPerson}</span>
        </>
      ) : null,
    },
    {
      label: t.nextDeparture,
      value: page.next_departure ? (
        <a href="#departures">
          <time dateTime={page.next_departure.start_date}>
            {formatDate(page.next_departure.start_date, locale)}
          </time>
        </a>
      ) : null,
    },
  ];
  return (
    <div className="facts-panel">
      <h2 className="visually-hidden">{words.facts.keyFacts}</h2>
      <Facts facts={facts} />
      {page.permit_notes ? <p className="facts-panel__note">{page.permit_notes}</p> : null}
      {page.book_ahead.length ? (
        <>
          <h3>{t.bookAhead}</h3>
          <BookAhead items={page.book_ahead} locale={locale} />
        </>
      ) : null}
    </div>
  );
}
