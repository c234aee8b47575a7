/**
 * Text for the numbers the API gives in both unit systems, for the reader's language. The API
 * converts; this only writes. English is the default of every function: "4,450 m", "12.5 km",
 * "Sat, 6 June 2026"; Spanish groups every number above 999 ("4.450 m", "12,5 km",
 * "sáb, 6 de junio de 2026").
 */
import { DEFAULT_LOCALE, INTL_LOCALES, type Locale } from "./i18n";
import { messagesFor } from "./messages";

type Elevation = { m: number; ft: number };
type Distance = { km: number; mi: number };
type Temperature = { c: number; f: number };
type HoursRange = { min: number; max: number };
type Precision = { precision: "exact" | "approximate" | "unknown"; margin_m: number | null };

// Spanish groups four-digit numbers too ("4.450"), which its default grouping would not.
const NUMBER_FORMATS: Record<Locale, Intl.NumberFormat> = {
  en: new Intl.NumberFormat(INTL_LOCALES.en, { maximumFractionDigits: 1 }),
  es: new Intl.NumberFormat(INTL_LOCALES.es, { maximumFractionDigits: 1, useGrouping: "always" }),
};

/** Every digit, no grouping: how temperatures are written. */
const PLAIN_FORMATS: Record<Locale, Intl.NumberFormat> = {
  en: new Intl.NumberFormat(INTL_LOCALES.en, { maximumFractionDigits: 20, useGrouping: false }),
  es: new Intl.NumberFormat(INTL_LOCALES.es, { maximumFractionDigits: 20, useGrouping: false }),
};

/** 4450 → "4,450" (es "4.450"); 20.5 → "20.5" (es "20,5"); 33.0 → "33". */
export function formatNumber(value: number, locale: Locale = DEFAULT_LOCALE): string {
  return (NUMBER_FORMATS[locale] ?? NUMBER_FORMATS.en).format(value);
}

/** "4,450 m" (es "4.450 m") */
export function metres(value: number, locale: Locale = DEFAULT_LOCALE): string {
  return `${formatNumber(value, locale)} m`;
}

/** "4,450 m (14,600 ft)"; "about 4,450 m (14,600 ft)" with an approximate precision; "unknown". */
export function formatElevation(
  elevation: Elevation | null,
  precision?: Precision,
  locale: Locale = DEFAULT_LOCALE,
): string {
  const words = messagesFor(locale).units;
  if (elevation === null) return words.unknown;
  const about = precision?.precision === "approximate" ? words.about : "";
  return `${about}${metres(elevation.m, locale)} (${formatNumber(elevation.ft, locale)} ft)`;
}

/** "33 km (20.5 mi)" (es "33 km (20,5 mi)") */
export function formatDistance(distance: Distance, locale: Locale = DEFAULT_LOCALE): string {
  return `${formatNumber(distance.km, locale)} km (${formatNumber(distance.mi, locale)} mi)`;
}

/** A number with every digit and no grouping: 0.5 → "0.5" (es "0,5"); 2000 → "2000". */
export function formatExact(value: number, locale: Locale = DEFAULT_LOCALE): string {
  return (PLAIN_FORMATS[locale] ?? PLAIN_FORMATS.en).format(value);
}

/** "−5 °C (23 °F)" with a real minus sign. */
export function formatTemperature(
  temperature: Temperature,
  locale: Locale = DEFAULT_LOCALE,
): string {
  const sign = (value: number) => `${value < 0 ? "−" : ""}${formatExact(Math.abs(value), locale)}`;
  return `${sign(temperature.c)} °C (${sign(temperature.f)} °F)`;
}

/** "4–5 h", or "4 h" when both ends agree; "4.5–6 h" (es "4,5–6 h"). */
export function formatHours(hours: HoursRange, locale: Locale = DEFAULT_LOCALE): string {
  if (hours.min === hours.max) return `${formatNumber(hours.min, locale)} h`;
  return `${formatNumber(hours.min, locale)}–${formatNumber(hours.max, locale)} h`;
}

/** "3 h to 5 h" (es "3 h a 5 h") from two timetable durations, or one when they agree. */
export function formatDurationRange(
  min: { text: string },
  max: { text: string },
  locale: Locale = DEFAULT_LOCALE,
): string {
  return min.text === max.text ? min.text : `${min.text}${messagesFor(locale).units.to}${max.text}`;
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

const MONTH_FORMATS = {
  long: new Intl.DateTimeFormat(INTL_LOCALES.es, { month: "long", timeZone: "UTC" }),
  short: new Intl.DateTimeFormat(INTL_LOCALES.es, { month: "short", timeZone: "UTC" }),
};

/**
 * 1 → "January"; with short, "Jan". Spanish names are lower case, as in a sentence ("enero",
 * "ene"): see `capitalize`. Throws on anything but 1–12.
 */
export function monthName(
  month: number,
  style: "long" | "short" = "long",
  locale: Locale = DEFAULT_LOCALE,
): string {
  const name = MONTHS[month - 1];
  if (!Number.isInteger(month) || name === undefined) throw new RangeError(`No month ${month}`);
  if (locale !== "en") {
    return MONTH_FORMATS[style].format(new Date(Date.UTC(2000, month - 1, 1))).replace(/\.$/, "");
  }
  return style === "short" ? name.slice(0, 3) : name;
}

/** The first letter in upper case: "enero" → "Enero". */
export function capitalize(text: string, locale: Locale = DEFAULT_LOCALE): string {
  return text.charAt(0).toLocaleUpperCase(INTL_LOCALES[locale]) + text.slice(1);
}

/** ["a", "b", "c"] → "a, b and c" (es "a, b y c"). */
export function joinWords(items: readonly string[], locale: Locale = DEFAULT_LOCALE): string {
  if (items.length <= 1) return items[0] ?? "";
  return `${items.slice(0, -1).join(", ")}${messagesFor(locale).units.and}${items[items.length - 1]}`;
}

/**
 * Months as runs: [5, 6, 7, 8, 9] → "May to September"; [1, 4, 5] → "January, April to May".
 * A run may wrap the year: [11, 12, 1] → "November to January". Spanish: "Mayo a septiembre".
 */
export function formatMonths(months: readonly number[], locale: Locale = DEFAULT_LOCALE): string {
  const words = messagesFor(locale).units;
  const set = [...new Set(months)].filter((m) => m >= 1 && m <= 12).sort((a, b) => a - b);
  if (set.length === 0) return "";
  if (set.length === 12) return words.allYear;
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
  const text = runs
    .map((run) => {
      const start = monthName(run[0] as number, "long", locale);
      if (run.length === 1) return start;
      return `${start}${words.to}${monthName(run[run.length - 1] as number, "long", locale)}`;
    })
    .join(", ");
  return capitalize(text, locale);
}

/** "easy" → "Easy"; "hot_spring" → "Hot spring". */
export function humanize(value: string): string {
  const text = value.replace(/_/g, " ");
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** ["breakfast", "lunch"] → "Breakfast and lunch" (es "Desayuno y almuerzo"); [] → "None". */
export function formatList(
  items: readonly string[],
  empty?: string,
  locale: Locale = DEFAULT_LOCALE,
): string {
  if (items.length === 0) return empty ?? messagesFor(locale).units.none;
  const words = items.map((item, i) => (i === 0 ? humanize(item) : item.replace(/_/g, " ")));
  return joinWords(words, locale);
}

type Price = { amount: string; currency: string };

/**
 * "1250.00" USD → "$1,250.00" (es "1.250,00 US$"): the exact decimal the API sends, never a
 * float of it, in the currency's own notation. An unknown currency code falls back to
 * "1250.00 XYZ".
 */
export function formatPrice(price: Price, locale: Locale = DEFAULT_LOCALE): string {
  try {
    const format =
      locale === "en"
        ? new Intl.NumberFormat("en", { style: "currency", currency: price.currency })
        : new Intl.NumberFormat(INTL_LOCALES[locale], {
            style: "currency",
            currency: price.currency,
            useGrouping: "always",
          });
    // A numeric string keeps every digit (Intl formats it as an exact decimal).
    return format.format(price.amount as unknown as number);
  } catch {
    return `${price.amount} ${price.currency}`;
  }
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const ISO_MONTH = /^(\d{4})-(\d{2})$/;

const DATE_OPTIONS: Intl.DateTimeFormatOptions = {
  weekday: "short",
  day: "numeric",
  month: "long",
  year: "numeric",
  timeZone: "UTC",
};

const DATE_FORMATS: Record<Locale, Intl.DateTimeFormat> = {
  en: new Intl.DateTimeFormat(INTL_LOCALES.en, DATE_OPTIONS),
  es: new Intl.DateTimeFormat(INTL_LOCALES.es, DATE_OPTIONS),
};

/**
 * "2026-06-06" → "Sat, 6 June 2026" (es "sáb, 6 de junio de 2026"). The date is a calendar day,
 * not an instant: it is read and written in UTC so no time zone moves it. Anything else comes
 * back unchanged.
 */
export function formatDate(isoDate: string, locale: Locale = DEFAULT_LOCALE): string {
  const match = ISO_DATE.exec(isoDate);
  if (!match) return isoDate;
  const [, year, month, day] = match.map(Number) as [number, number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1) return isoDate;
  return (DATE_FORMATS[locale] ?? DATE_FORMATS.en).format(date);
}

/** "2026-06" → "June 2026" (es "junio de 2026"); anything else comes back unchanged. */
export function formatYearMonth(yearMonth: string, locale: Locale = DEFAULT_LOCALE): string {
  const match = ISO_MONTH.exec(yearMonth);
  if (!match) return yearMonth;
  const month = Number(match[2]);
  if (month < 1 || month > 12) return yearMonth;
  const name = monthName(month, "long", locale);
  return locale === "en" ? `${name} ${match[1]}` : `${name} de ${match[1]}`;
}
