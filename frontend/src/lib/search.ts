/**
 * The /search/ page's filters: which query parameters it passes on to the itinerary listing
 * (GET /api/v3/guide/itineraries/), and the choices its selects offer.
 */
import { capitalize, formatYearMonth } from "./format";
import { DEFAULT_LOCALE, type Locale } from "./i18n";
import { messagesFor } from "./messages";

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
 * {value: "2026-06", label: "June 2026"} (es "Junio de 2026").
 */
export function upcomingMonths(
  today: Date,
  count = 18,
  locale: Locale = DEFAULT_LOCALE,
): { value: string; label: string }[] {
  const months = [];
  let year = today.getUTCFullYear();
  let month = today.getUTCMonth() + 1;
  for (let i = 0; i < count; i += 1) {
    const value = `${year}-${String(month).padStart(2, "0")}`;
    months.push({ value, label: capitalize(formatYearMonth(value, locale), locale) });
    month += 1;
    if (month > 12) {
      month = 1;
      year += 1;
    }
  }
  return months;
}

/** "3 routes match" / "1 route matches" / "No route matches". */
export function countText(count: number, locale: Locale = DEFAULT_LOCALE): string {
  return messagesFor(locale).search.count(count);
}

/**
 * The listing's `locale` parameter for a language other than the default (whose listing is the
 * API's default, asked for exactly as before).
 */
export function localeQuery(locale: Locale): Record<string, string> {
  return locale === DEFAULT_LOCALE ? {} : { locale };
}
