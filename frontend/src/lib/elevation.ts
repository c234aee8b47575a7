/**
 * Geometry of an itinerary's elevation profile, drawn server-side as SVG.
 *
 * The route is each day's from-place, the places it passes and its to-place, in order; a place that
 * ends one day and starts the next is one stop. The x axis is the distance walked: each day takes
 * its typed distance (or, without one, the straight-line length of its places), and its places sit
 * along it in proportion to the straight-line distances between them, since the API gives no
 * distance between two places. The y axis is metres.
 */
import { formatElevation, formatNumber, metres } from "./format";
import { distanceKm, type LatLon } from "./geo";
import { DEFAULT_LOCALE, type Locale } from "./i18n";
import { messagesFor } from "./messages";

export type ProfilePlace = {
  id: number;
  name: string;
  kind: string;
  elevation: { m: number; ft: number };
  coordinates: LatLon;
};

export type ProfileDay = {
  number: number;
  from_place: ProfilePlace;
  to_place: ProfilePlace;
  places_passed: readonly ProfilePlace[];
  distance?: { km: number } | null;
};

/** A place on the route, the day it is reached on and its distance from the start in km. */
export type Stop = { place: ProfilePlace; day: number; km: number };

/** A day's first and last stop index and where it starts and ends along the route, in km. */
export type DayRange = {
  number: number;
  start: number;
  end: number;
  startKm: number;
  endKm: number;
  /** True when the day has no typed distance and its straight-line length stands in for it. */
  estimated: boolean;
};

export type Layout = {
  width: number;
  height: number;
  margin: { top: number; right: number; bottom: number; left: number };
};

export const DEFAULT_LAYOUT: Layout = {
  width: 720,
  height: 340,
  margin: { top: 56, right: 28, bottom: 64, left: 68 },
};

export type ProfilePoint = {
  x: number;
  y: number;
  stop: Stop;
  /** Text beside the point (passes and the highest point), one string per line. */
  label: { lines: string[]; anchor: "start" | "middle" | "end" } | null;
};

export type Profile = {
  width: number;
  height: number;
  plot: { left: number; right: number; top: number; bottom: number };
  points: ProfilePoint[];
  line: string;
  area: string;
  yTicks: { value: number; y: number; label: string }[];
  xTicks: { value: number; x: number; label: string }[];
  days: ProfileDayBand[];
  /** The route's length in km (typed day distances, straight lines where a day has none). */
  totalKm: number;
  highest: ProfilePoint;
  lowest: ProfilePoint;
};

export type ProfileDayBand = {
  number: number;
  x0: number;
  x1: number;
  /** "Day 2", or just "2" where the day is too narrow on the chart for the word. */
  label: string;
  km: number;
  estimated: boolean;
  /** The day's highest place, the one it sets off from included. */
  highest: Stop;
};

/** The route's places in order, each with the day it is reached on; repeats in a row dropped. */
export function routeStops(days: readonly ProfileDay[]): Stop[] {
  return walkRoute(days).stops;
}

/** Each day's first and last stop (a day starts at the stop where it sets off) and its km. */
export function dayRanges(days: readonly ProfileDay[]): DayRange[] {
  return walkRoute(days).ranges;
}

function walkRoute(days: readonly ProfileDay[]) {
  const stops: Stop[] = [];
  const ranges: DayRange[] = [];
  const ordered = [...days].sort((a, b) => a.number - b.number);
  let total = 0;
  for (const day of ordered) {
    const places = [day.from_place, ...day.places_passed, day.to_place];
    const legs = places
      .slice(1)
      .map((place, i) => distanceKm((places[i] as ProfilePlace).coordinates, place.coordinates));
    const lineKm = legs.reduce((sum, leg) => sum + leg, 0);
    const typed = day.distance && day.distance.km >= 0 ? day.distance.km : null;
    const dayKm = typed ?? lineKm;
    const startKm = total;
    let along = 0;
    let start = -1;
    places.forEach((place, i) => {
      if (i > 0) along += legs[i - 1] as number;
      // Places that all share one point (or a day of one place) are spread evenly instead.
      const share = lineKm > 0 ? along / lineKm : places.length > 1 ? i / (places.length - 1) : 0;
      if (stops[stops.length - 1]?.place.id !== place.id) {
        stops.push({ place, day: day.number, km: startKm + dayKm * share });
      }
      if (start < 0) start = stops.length - 1;
    });
    total = startKm + dayKm;
    ranges.push({
      number: day.number,
      start,
      end: stops.length - 1,
      startKm,
      endKm: total,
      estimated: typed === null,
    });
  }
  return { stops, ranges, totalKm: total };
}

/** A round tick step (1, 2, 2.5 or 5 × 10ⁿ) giving about `target` intervals over `range`. */
export function niceStep(range: number, target = 5): number {
  if (!(range > 0)) return 100;
  const raw = range / target;
  const power = 10 ** Math.floor(Math.log10(raw));
  const fraction = raw / power;
  const nice =
    fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 2.5 ? 2.5 : fraction <= 5 ? 5 : 10;
  return nice * power;
}

/** The axis range: the data's range widened to whole steps, never empty. */
export function elevationDomain(values: readonly number[], step: number): [number, number] {
  const min = Math.min(...values);
  const max = Math.max(...values);
  const low = Math.floor(min / step) * step;
  let high = Math.ceil(max / step) * step;
  if (high <= low) high = low + step;
  return [low, high];
}

export function linearScale(
  [d0, d1]: readonly [number, number],
  [r0, r1]: readonly [number, number],
): (value: number) => number {
  if (d1 === d0) return () => (r0 + r1) / 2;
  return (value) => r0 + ((value - d0) * (r1 - r0)) / (d1 - d0);
}

const round = (value: number) => Math.round(value * 10) / 10;

/** Days narrower than this on the chart are labelled with their number alone. */
const DAY_LABEL_MIN_WIDTH = 40;

/**
 * Everything the SVG needs, or null when the days give fewer than two places to join. Labels
 * and numbers are written in `locale` ("Day 2", "4,450 m"; "Día 2", "4.450 m").
 */
export function buildProfile(
  days: readonly ProfileDay[],
  layout: Layout = DEFAULT_LAYOUT,
  locale: Locale = DEFAULT_LOCALE,
): Profile | null {
  const { stops, ranges, totalKm } = walkRoute(days);
  if (stops.length < 2) return null;

  const { width, height, margin } = layout;
  const plot = {
    left: margin.left,
    right: width - margin.right,
    top: margin.top,
    bottom: height - margin.bottom,
  };
  const elevations = stops.map((stop) => stop.place.elevation.m);
  const step = niceStep(Math.max(...elevations) - Math.min(...elevations));
  const domain = elevationDomain(elevations, step);
  const y = linearScale(domain, [plot.bottom, plot.top]);
  // A route of no length (no distances, every place at one point) falls back to even spacing.
  const byDistance = totalKm > 0;
  const xOfKm = linearScale([0, totalKm], [plot.left, plot.right]);
  const xOfIndex = linearScale([0, stops.length - 1], [plot.left, plot.right]);
  const xOf = (index: number) => (byDistance ? xOfKm((stops[index] as Stop).km) : xOfIndex(index));

  const highestIndex = elevations.indexOf(Math.max(...elevations));
  const lowestIndex = elevations.indexOf(Math.min(...elevations));

  const points: ProfilePoint[] = stops.map((stop, index) => {
    const px = round(xOf(index));
    const labelled = stop.place.kind === "pass" || index === highestIndex;
    const anchor = px - plot.left < 60 ? "start" : plot.right - px < 60 ? "end" : "middle";
    return {
      x: px,
      y: round(y(stop.place.elevation.m)),
      stop,
      label: labelled
        ? { lines: [stop.place.name, metres(stop.place.elevation.m, locale)], anchor }
        : null,
    };
  });

  const line = points.map((p, i) => `${i === 0 ? "M" : "L"}${p.x} ${p.y}`).join(" ");
  const first = points[0] as ProfilePoint;
  const last = points[points.length - 1] as ProfilePoint;
  const area = `${line} L${last.x} ${plot.bottom} L${first.x} ${plot.bottom} Z`;

  const yTicks = [];
  for (let value = domain[0]; value <= domain[1] + step / 1000; value += step) {
    yTicks.push({ value, y: round(y(value)), label: metres(value, locale) });
  }

  const xTicks = [];
  if (byDistance) {
    const kmStep = niceStep(totalKm, 6);
    for (let value = 0; value <= totalKm + kmStep / 1000; value += kmStep) {
      xTicks.push({
        value,
        x: round(xOfKm(value)),
        label: `${formatNumber(value, locale)} km`,
      });
    }
  }

  const dayBands: ProfileDayBand[] = ranges.map((range) => {
    const x0 = round(byDistance ? xOfKm(range.startKm) : xOfIndex(range.start));
    const x1 = round(byDistance ? xOfKm(range.endKm) : xOfIndex(range.end));
    let highest = stops[range.start] as Stop;
    for (const stop of stops.slice(range.start, range.end + 1)) {
      if (stop.place.elevation.m > highest.place.elevation.m) highest = stop;
    }
    return {
      number: range.number,
      x0,
      x1,
      label:
        x1 - x0 >= DAY_LABEL_MIN_WIDTH
          ? messagesFor(locale).day(range.number)
          : String(range.number),
      km: range.endKm - range.startKm,
      estimated: range.estimated,
      highest,
    };
  });

  return {
    width,
    height,
    plot,
    points,
    line,
    area,
    yTicks,
    xTicks,
    days: dayBands,
    totalKm,
    highest: points[highestIndex] as ProfilePoint,
    lowest: points[lowestIndex] as ProfilePoint,
  };
}

/** "Day 2: highest 4,450 m at Ipsaycocha pass" */
export function describeDayHigh(day: ProfileDayBand, locale: Locale = DEFAULT_LOCALE): string {
  return messagesFor(locale).profile.dayHigh(
    day.number,
    metres(day.highest.place.elevation.m, locale),
    day.highest.place.name,
  );
}

/** A sentence for the SVG's <desc>: length, start, end, highest and lowest points. */
export function describeProfile(profile: Profile, locale: Locale = DEFAULT_LOCALE): string {
  const words = messagesFor(locale).profile;
  const first = profile.points[0] as ProfilePoint;
  const last = profile.points[profile.points.length - 1] as ProfilePoint;
  const at = (point: ProfilePoint) =>
    words.placeAt(
      point.stop.place.name,
      formatElevation(point.stop.place.elevation, undefined, locale),
    );
  return words.describe({
    places: formatNumber(profile.points.length, locale),
    days: profile.days.length,
    km: profile.totalKm > 0 ? formatNumber(Math.round(profile.totalKm), locale) : null,
    from: at(first),
    to: at(last),
    highest: at(profile.highest),
    lowest: at(profile.lowest),
    passes: profile.points.filter((p) => p.stop.place.kind === "pass").map(at),
  });
}
