/** Words for a departure's status and seats, as the departures table and the cards show them. */

export type DepartureStatus = "open" | "guaranteed" | "few_seats" | "full" | "cancelled";

type Seats = {
  status: DepartureStatus;
  seats_total: number | null;
  seats_left: number | null;
};

const STATUS_WORDS: Record<DepartureStatus, string> = {
  open: "Open",
  guaranteed: "Guaranteed to run",
  few_seats: "Few seats left",
  full: "Full",
  cancelled: "Cancelled",
};

/** "guaranteed" → "Guaranteed to run"; an unknown status is humanised rather than dropped. */
export function statusText(status: string): string {
  if (status in STATUS_WORDS) return STATUS_WORDS[status as DepartureStatus];
  const text = status.replace(/_/g, " ");
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * The seats column: "3 of 12 left", "1 seat left", "on request" (the operator gives no count),
 * "full" (by status or by count) and "none" for a cancelled departure.
 */
export function seatsText({ status, seats_total, seats_left }: Seats): string {
  if (status === "cancelled") return "none";
  if (status === "full" || seats_left === 0) return "full";
  if (seats_left === null) return "on request";
  if (seats_total === null) return `${seats_left} ${seats_left === 1 ? "seat" : "seats"} left`;
  return `${seats_left} of ${seats_total} left`;
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
