/**
 * The /search/ page's filters: which query parameters it passes on to the itinerary listing
 * (GET /api/v3/guide/itineraries/), and the choices its selects offer.
 */
import { monthName } from "./format";

/** The listing's filters the form offers, in the order it shows them. */
export const SEARCH_FILTERS = [
  "min_days",
  "max_days",
  "max_altitude_below",
  "departs_in",
  "best_month",
  "difficulty",
  "passes_through",
] as const;

export type SearchFilter = (typeof SEARCH_FILTERS)[number];
export type SearchValues = Record<SearchFilter, string>;

export const DIFFICULTIES = ["easy", "moderate", "challenging", "strenuous"] as const;

/** How many cards one search shows: the listing's largest page. */
export const SEARCH_LIMIT = 100;

type Query = Record<string, string | string[] | undefined>;

/**
 * The filters as typed (first value of each, trimmed) and the listing's query: only the filters
 * the form has, only those with a value. Checking the values is the API's job: its 400 message is
 * what the visitor sees.
 */
export function searchQuery(params: Query): {
  values: SearchValues;
  query: Record<string, string>;
  active: boolean;
} {
  const values = Object.fromEntries(SEARCH_FILTERS.map((name) => [name, ""])) as SearchValues;
  const query: Record<string, string> = {};
  for (const name of SEARCH_FILTERS) {
    const raw = params[name];
    const value = (Array.isArray(raw) ? raw[0] : raw)?.trim() ?? "";
    values[name] = value;
    if (value) query[name] = value;
  }
  const active = Object.keys(query).length > 0;
  return { values, query: { ...query, limit: String(SEARCH_LIMIT) }, active };
}

/**
 * The months a departure can be searched in: this month and the `count - 1` after it, as
 * {value: "2026-06", label: "June 2026"}.
 */
export function upcomingMonths(today: Date, count = 18): { value: string; label: string }[] {
  const months = [];
  let year = today.getUTCFullYear();
  let month = today.getUTCMonth() + 1;
  for (let i = 0; i < count; i += 1) {
    months.push({
      value: `${year}-${String(month).padStart(2, "0")}`,
      label: `${monthName(month)} ${year}`,
    });
    month += 1;
    if (month > 12) {
      month = 1;
      year += 1;
    }
  }
  return months;
}

/** "3 routes match" / "1 route matches" / "No route matches". */
export function countText(count: number): string {
  if (count === 0) return "No route matches";
  return count === 1 ? "1 route matches" : `${count} routes match`;
}
