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
  humanize,
  metres,
} from "@/lib/format";

/** The facts panel: how long, far, hard and high, when to go and what to arrange first. */
export function ItineraryFacts({ page }: { page: ItineraryPage }) {
  const nights = page.nights.length;
  const facts: Fact[] = [
    {
      label: "Duration",
      value: `${page.duration_days} day${page.duration_days === 1 ? "" : "s"}${
        nights ? `, ${nights} night${nights === 1 ? "" : "s"}` : ""
      }`,
    },
    { label: "Distance", value: page.total_distance ? formatDistance(page.total_distance) : null },
    {
      label: "Walking per day",
      value: page.daily_walking ? formatDailyWalking(page.daily_walking) || null : null,
    },
    { label: "Difficulty", value: humanize(page.difficulty) },
    {
      label: "Maximum altitude",
      value: page.max_altitude ? (
        <>
          {formatElevation(page.max_altitude)}
          {page.highest_place ? (
            <span className="facts__note"> at {page.highest_place.name}</span>
          ) : null}
        </>
      ) : null,
    },
    {
      label: "Ascent / descent",
      value:
        page.total_ascent && page.total_descent
          ? `${metres(page.total_ascent.m)} up, ${metres(page.total_descent.m)} down`
          : null,
    },
    { label: "Best months", value: formatMonths(page.best_months) || null },
    {
      label: "Start / end",
      value:
        page.start_place && page.end_place
          ? page.start_place.id === page.end_place.id
            ? `${page.start_place.name} (round trip)`
            : `${page.start_place.name} to ${page.end_place.name}`
          : null,
    },
    {
      label: "Acclimatise first",
      value: page.acclimatisation_days
        ? `${page.acclimatisation_days} day${page.acclimatisation_days === 1 ? "" : "s"} at altitude`
        : null,
    },
    { label: "Trail permit", value: page.permit_required ? "Required" : "Not needed" },
    {
      label: "Price",
      value: page.price_from ? (
        <>
          from {formatPrice(page.price_from)}
          <span className="facts__note"> per person</span>
        </>
      ) : null,
    },
    {
      label: "Next departure",
      value: page.next_departure ? (
        <a href="#departures">
          <time dateTime={page.next_departure.start_date}>
            {formatDate(page.next_departure.start_date)}
          </time>
        </a>
      ) : null,
    },
  ];
  return (
    <div className="facts-panel">
      <h2 className="visually-hidden">Key facts</h2>
      <Facts facts={facts} />
      {page.permit_notes ? <p className="facts-panel__note">{page.permit_notes}</p> : null}
      {page.book_ahead.length ? (
        <>
          <h3>Book ahead</h3>
          <BookAhead items={page.book_ahead} />
        </>
      ) : null}
    </div>
  );
}
