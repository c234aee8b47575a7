/** Text for the typed facts of destinations, communities and itineraries. */
import type { components } from "@/api/schema";
import { formatDistance, formatHours, formatMonths, formatNumber } from "@/lib/format";

type Schemas = components["schemas"];
type Distance = Schemas["GuideDistance"];
export type Experience = Schemas["GuideExperience"];

/** { min: 3, max: 3 } → "3"; { min: 3, max: 6 } → "3 to 6". */
export function formatCountRange(range: { min: number; max: number }): string {
  if (range.min === range.max) return formatNumber(range.min);
  return `${formatNumber(range.min)} to ${formatNumber(range.max)}`;
}

/** "6.5–12 km (4–7.5 mi)", or "12 km (7.5 mi)" when both ends agree. */
export function formatDistanceRange(range: { min: Distance; max: Distance }): string {
  const { min, max } = range;
  if (min.km === max.km) return formatDistance(min);
  const km = `${formatNumber(min.km)}–${formatNumber(max.km)} km`;
  return `${km} (${formatNumber(min.mi)}–${formatNumber(max.mi)} mi)`;
}

/** The shortest to the longest walking day: "2–7 h, 6.5–12 km (4–7.5 mi)"; "" when neither. */
export function formatDailyWalking(walking: Schemas["GuideDailyWalking"]): string {
  const parts: string[] = [];
  if (walking.hours) parts.push(formatHours(walking.hours));
  if (walking.distance) parts.push(formatDistanceRange(walking.distance));
  return parts.join(", ");
}

/** "2 to 3 months ahead"; "1 week ahead". */
export function formatLeadTime(lead: Schemas["GuideBookingLeadTime"]): string {
  const unit = lead.max === 1 ? lead.unit.replace(/s$/, "") : lead.unit;
  return `${formatCountRange(lead)} ${unit} ahead`;
}

/**
 * "All year" or "May to September", then the hours as the editor wrote them:
 * "All year; daily, 5 am to 9 pm". "" when neither is known.
 */
export function formatOpening(opening: Schemas["GuideOpening"]): string {
  const months = opening.all_year ? "all year" : formatMonths(opening.months);
  const text = [months, opening.hours].filter(Boolean).join("; ");
  return text.charAt(0).toUpperCase() + text.slice(1);
}

const EXPERIENCE_KINDS: Record<Experience["kind"], string> = {
  homestay: "Homestay",
  workshop: "Workshop",
  weaving: "Weaving demonstration",
  ceremony: "Ceremony",
  cooking: "Cooking",
  market: "Market",
  meal: "Shared meal",
  walk: "Guided walk",
  bathing: "Bathing",
  festival: "Festival",
  other: "Other",
};

/** "Guided walk · 2 h · can be booked ahead" */
export function experienceMeta(experience: Experience): string {
  return [
    EXPERIENCE_KINDS[experience.kind],
    experience.duration?.text,
    experience.bookable ? "can be booked ahead" : null,
  ]
    .filter(Boolean)
    .join(" · ");
}
