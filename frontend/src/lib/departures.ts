/** Words for a departure's status and seats, as the departures table and the cards show them. */
import { DEFAULT_LOCALE, type Locale } from "./i18n";
import { enumLabel, messagesFor } from "./messages";

export type DepartureStatus = "open" | "guaranteed" | "few_seats" | "full" | "cancelled";

type Seats = {
  status: DepartureStatus;
  seats_total: number | null;
  seats_left: number | null;
};

/** "guaranteed" → "Guaranteed to run"; an unknown status is humanised rather than dropped. */
export function statusText(status: string, locale: Locale = DEFAULT_LOCALE): string {
  return enumLabel(locale, "status", status);
}

/**
 * The seats column: "3 of 12 left", "1 seat left", "on request" (the operator gives no count),
 * "full" (by status or by count) and "none" for a cancelled departure.
 */
export function seatsText(
  { status, seats_total, seats_left }: Seats,
  locale: Locale = DEFAULT_LOCALE,
): string {
  const words = messagesFor(locale).departures;
  if (status === "cancelled") return words.seatsNone;
  if (status === "full" || seats_left === 0) return words.seatsFull;
  if (seats_left === null) return words.seatsOnRequest;
  if (seats_total === null) return words.seatsLeft(seats_left);
  return words.seatsOf(seats_left, seats_total);
}

/** Where a departure's "Request this date" link goes: the form on the same page, pre-filled. */
export function enquireHref(departureId: number): string {
  return `?departure=${departureId}#enquire`;
}

/**
 * An id from the query string (`?departure=12`), or null for anything but a positive whole
 * number. Query values may come as arrays; the first one counts.
 */
export function queryId(value: string | string[] | undefined): number | null {
  const raw = Array.isArray(value) ? value[0] : value;
  if (!raw || !/^[1-9]\d{0,9}$/.test(raw)) return null;
  return Number(raw);
}
