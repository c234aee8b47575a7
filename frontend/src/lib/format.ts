/** Text for the numbers the API gives in both unit systems. The API converts; this only writes. */

type Elevation = { m: number; ft: number };
type Distance = { km: number; mi: number };
type Temperature = { c: number; f: number };
type HoursRange = { min: number; max: number };
type Precision = { precision: "exact" | "approximate" | "unknown"; margin_m: number | null };

const numberFormat = new Intl.NumberFormat("en-GB", { maximumFractionDigits: 1 });

/** 4450 → "4,450"; 20.5 → "20.5"; 33.0 → "33". */
export function formatNumber(value: number): string {
  return numberFormat.format(value);
}

/** "4,450 m" */
export function metres(value: number): string {
  return `${formatNumber(value)} m`;
}

/** "4,450 m (14,600 ft)"; "about 4,450 m (14,600 ft)" with an approximate precision; "unknown". */
export function formatElevation(elevation: Elevation | null, precision?: Precision): string {
  if (elevation === null) return "unknown";
  const about = precision?.precision === "approximate" ? "about " : "";
  return `${about}${metres(elevation.m)} (${formatNumber(elevation.ft)} ft)`;
}

/** "33 km (20.5 mi)" */
export function formatDistance(distance: Distance): string {
  return `${formatNumber(distance.km)} km (${formatNumber(distance.mi)} mi)`;
}

/** "−5 °C (23 °F)" with a real minus sign. */
export function formatTemperature(temperature: Temperature): string {
  const sign = (value: number) => (value < 0 ? `−${Math.abs(value)}` : String(value));
  return `${sign(temperature.c)} °C (${sign(temperature.f)} °F)`;
}

/** "4–5 h", or "4 h" when both ends agree; "4.5–6 h". */
export function formatHours(hours: HoursRange): string {
  if (hours.min === hours.max) return `${formatNumber(hours.min)} h`;
  return `${formatNumber(hours.min)}–${formatNumber(hours.max)} h`;
}

/** "3–5 h" from two timetable durations, or one of them when they agree. */
export function formatDurationRange(min: { text: string }, max: { text: string }): string {
  return min.text === max.text ? min.text : `${min.text} to ${max.text}`;
}

const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

/** 1 → "January"; with short, "Jan". Throws on anything but 1–12. */
export function monthName(month: number, style: "long" | "short" = "long"): string {
  const name = MONTHS[month - 1];
  if (!Number.isInteger(month) || name === undefined) throw new RangeError(`No month ${month}`);
  return style === "short" ? name.slice(0, 3) : name;
}

/**
 * Months as runs: [5, 6, 7, 8, 9] → "May to September"; [1, 4, 5] → "January, April to May".
 * A run may wrap the year: [11, 12, 1] → "November to January".
 */
export function formatMonths(months: readonly number[]): string {
  const set = [...new Set(months)].filter((m) => m >= 1 && m <= 12).sort((a, b) => a - b);
  if (set.length === 0) return "";
  if (set.length === 12) return "all year";
  const runs: number[][] = [];
  for (const month of set) {
    const run = runs[runs.length - 1];
    if (run && run[run.length - 1] === month - 1) run.push(month);
    else runs.push([month]);
  }
  // December followed by January is one run across the new year.
  const first = runs[0];
  const last = runs[runs.length - 1];
  if (runs.length > 1 && first && last && first[0] === 1 && last[last.length - 1] === 12) {
    runs[0] = [...last, ...first];
    runs.pop();
  }
  return runs
    .map((run) => {
      const start = monthName(run[0] as number);
      return run.length === 1 ? start : `${start} to ${monthName(run[run.length - 1] as number)}`;
    })
    .join(", ");
}

/** "easy" → "Easy"; "hot_spring" → "Hot spring". */
export function humanize(value: string): string {
  const text = value.replace(/_/g, " ");
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** ["breakfast", "lunch"] → "Breakfast and lunch"; [] → "None". */
export function formatList(items: readonly string[], empty = "None"): string {
  if (items.length === 0) return empty;
  const words = items.map((item, i) => (i === 0 ? humanize(item) : item.replace(/_/g, " ")));
  if (words.length === 1) return words[0] as string;
  return `${words.slice(0, -1).join(", ")} and ${words[words.length - 1]}`;
}

type Price = { amount: string; currency: string };

/**
 * "1250.00" USD → "$1,250.00": the exact decimal the API sends, never a float of it, in the
 * currency's own notation. An unknown currency code falls back to "1250.00 XYZ".
 */
export function formatPrice(price: Price): string {
  try {
    const format = new Intl.NumberFormat("en", { style: "currency", currency: price.currency });
    // A numeric string keeps every digit (Intl formats it as an exact decimal).
    return format.format(price.amount as unknown as number);
  } catch {
    return `${price.amount} ${price.currency}`;
  }
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const ISO_MONTH = /^(\d{4})-(\d{2})$/;

const dateFormat = new Intl.DateTimeFormat("en-GB", {
  weekday: "short",
  day: "numeric",
  month: "long",
  year: "numeric",
  timeZone: "UTC",
});

/**
 * "2026-06-06" → "Sat, 6 June 2026". The date is a calendar day, not an instant: it is read and
 * written in UTC so no time zone moves it. Anything else comes back unchanged.
 */
export function formatDate(isoDate: string): string {
  const match = ISO_DATE.exec(isoDate);
  if (!match) return isoDate;
  const [, year, month, day] = match.map(Number) as [number, number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1) return isoDate;
  return dateFormat.format(date);
}

/** "2026-06" → "June 2026"; anything else comes back unchanged. */
export function formatYearMonth(yearMonth: string): string {
  const match = ISO_MONTH.exec(yearMonth);
  if (!match) return yearMonth;
  const month = Number(match[2]);
  if (month < 1 || month > 12) return yearMonth;
  return `${monthName(month)} ${match[1]}`;
}
