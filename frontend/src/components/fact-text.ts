/** Text for the typed facts of destinations, communities and itineraries. */
import type { components } from "@/api/schema";
import { DEFAULT_LOCALE, type Locale } from "@/lib/i18n";
import { capitalize, formatDistance, formatHours, formatMonths, formatNumber } from "@/lib/format";
import { enumLabel, messagesFor } from "@/lib/messages";

type Schemas = components["schemas"];
type Distance = Schemas["GuideDistance"];
export type Experience = Schemas["GuideExperience"];

/** { min: 3, max: 3 } → "3"; { min: 3, max: 6 } → "3 to 6" (es "3 a 6"). */
export function formatCountRange(
  range: { min: number; max: number },
  locale: Locale = DEFAULT_LOCALE,
): string {
  if (range.min === range.max) return formatNumber(range.min, locale);
  const to = messagesFor(locale).units.to;
  return `${formatNumber(range.min, locale)}${to}${formatNumber(range.max, locale)}`;
}

/** "6.5–12 km (4–7.5 mi)", or "12 km (7.5 mi)" when both ends agree. */
export function formatDistanceRange(
  range: { min: Distance; max: Distance },
  locale: Locale = DEFAULT_LOCALE,
): string {
  const { min, max } = range;
  if (min.km === max.km) return formatDistance(min, locale);
  const n = (value: number) => formatNumber(value, locale);
  return `${n(min.km)}–${n(max.km)} km (${n(min.mi)}–${n(max.mi)} mi)`;
}

/** The shortest to the longest walking day: "2–7 h, 6.5–12 km (4–7.5 mi)"; "" when neither. */
export function formatDailyWalking(
  walking: Schemas["GuideDailyWalking"],
  locale: Locale = DEFAULT_LOCALE,
): string {
  const parts: string[] = [];
  if (walking.hours) parts.push(formatHours(walking.hours, locale));
  if (walking.distance) parts.push(formatDistanceRange(walking.distance, locale));
  return parts.join(", ");
}

/** "2 to 3 months ahead"; "1 week ahead" (es "2 a 3 meses de anticipación"). */
export function formatLeadTime(
  lead: Schemas["GuideBookingLeadTime"],
  locale: Locale = DEFAULT_LOCALE,
): string {
  const words = messagesFor(locale).units;
  const forms = words.leadUnits[lead.unit];
  const unit = forms
    ? forms[lead.max === 1 ? 0 : 1]
    : lead.max === 1
      ? lead.unit.replace(/s$/, "")
      : lead.unit;
  return `${formatCountRange(lead, locale)} ${unit} ${words.ahead}`;
}

/**
 * "All year" or "May to September", then the hours as the editor wrote them:
 * "All year; daily, 5 am to 9 pm". "" when neither is known.
 */
export function formatOpening(
  opening: Schemas["GuideOpening"],
  locale: Locale = DEFAULT_LOCALE,
): string {
  const months = opening.all_year
    ? messagesFor(locale).units.allYear
    : formatMonths(opening.months, locale);
  const text = [months, opening.hours].filter(Boolean).join("; ");
  return capitalize(text, locale);
}

/** "Guided walk · 2 h · can be booked ahead" */
export function experienceMeta(experience: Experience, locale: Locale = DEFAULT_LOCALE): string {
  return [
    enumLabel(locale, "experience", experience.kind),
    experience.duration?.text,
    experience.bookable ? messagesFor(locale).facts.bookable : null,
  ]
    .filter(Boolean)
    .join(" · ");
}
