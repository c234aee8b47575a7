/**
 * Geometry of an itinerary's elevation profile, drawn server-side as SVG.
 *
 * The route is each day's from-place, the places it passes and its to-place, in order; a place that
 * ends one day and starts the next is one stop. Stops are spaced evenly (the API gives no distance
 * between them), so the x axis reads as "the places in order, day by day"; the y axis is metres.
 */
import { formatElevation, formatNumber, metres } from "./format";

export type ProfilePlace = {
  id: number;
  name: string;
  kind: string;
  elevation: { m: number; ft: number };
};

export type ProfileDay = {
  number: number;
  from_place: ProfilePlace;
  to_place: ProfilePlace;
  places_passed: readonly ProfilePlace[];
};

export type Stop = { place: ProfilePlace; day: number };

export type Layout = {
  width: number;
  height: number;
  margin: { top: number; right: number; bottom: number; left: number };
};

export const DEFAULT_LAYOUT: Layout = {
  width: 720,
  height: 320,
  margin: { top: 56, right: 28, bottom: 44, left: 68 },
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
  days: { number: number; x0: number; x1: number; label: string }[];
  highest: ProfilePoint;
  lowest: ProfilePoint;
};

/** The route's places in order, each with the day it is reached on; repeats in a row dropped. */
export function routeStops(days: readonly ProfileDay[]): Stop[] {
  return walkRoute(days).stops;
}

/** Each day's first and last stop index (a day starts at the stop where it sets off). */
export function dayRanges(
  days: readonly ProfileDay[],
): { number: number; start: number; end: number }[] {
  return walkRoute(days).ranges;
}

function walkRoute(days: readonly ProfileDay[]) {
  const stops: Stop[] = [];
  const ranges: { number: number; start: number; end: number }[] = [];
  const ordered = [...days].sort((a, b) => a.number - b.number);
  for (const day of ordered) {
    let start = -1;
    for (const place of [day.from_place, ...day.places_passed, day.to_place]) {
      if (stops[stops.length - 1]?.place.id !== place.id) stops.push({ place, day: day.number });
      if (start < 0) start = stops.length - 1;
    }
    ranges.push({ number: day.number, start, end: stops.length - 1 });
  }
  return { stops, ranges };
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

/** Everything the SVG needs, or null when the days give fewer than two places to join. */
export function buildProfile(
  days: readonly ProfileDay[],
  layout: Layout = DEFAULT_LAYOUT,
): Profile | null {
  const stops = routeStops(days);
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
  const x = linearScale([0, stops.length - 1], [plot.left, plot.right]);

  const highestIndex = elevations.indexOf(Math.max(...elevations));
  const lowestIndex = elevations.indexOf(Math.min(...elevations));

  const points: ProfilePoint[] = stops.map((stop, index) => {
    const px = round(x(index));
    const labelled = stop.place.kind === "pass" || index === highestIndex;
    const anchor = px - plot.left < 60 ? "start" : plot.right - px < 60 ? "end" : "middle";
    return {
      x: px,
      y: round(y(stop.place.elevation.m)),
      stop,
      label: labelled ? { lines: [stop.place.name, metres(stop.place.elevation.m)], anchor } : null,
    };
  });

  const line = points.map((p, i) => `${i === 0 ? "M" : "L"}${p.x} ${p.y}`).join(" ");
  const first = points[0] as ProfilePoint;
  const last = points[points.length - 1] as ProfilePoint;
  const area = `${line} L${last.x} ${plot.bottom} L${first.x} ${plot.bottom} Z`;

  const yTicks = [];
  for (let value = domain[0]; value <= domain[1] + step / 1000; value += step) {
    yTicks.push({ value, y: round(y(value)), label: metres(value) });
  }

  const dayBands = dayRanges(days).map(({ number, start, end }) => ({
    number,
    x0: round(x(start)),
    x1: round(x(end)),
    label: `Day ${number}`,
  }));

  return {
    width,
    height,
    plot,
    points,
    line,
    area,
    yTicks,
    days: dayBands,
    highest: points[highestIndex] as ProfilePoint,
    lowest: points[lowestIndex] as ProfilePoint,
  };
}

/** A sentence for the SVG's <desc>: start, end, highest and lowest points. */
export function describeProfile(profile: Profile): string {
  const first = profile.points[0] as ProfilePoint;
  const last = profile.points[profile.points.length - 1] as ProfilePoint;
  const at = (point: ProfilePoint) =>
    `${point.stop.place.name} (${formatElevation(point.stop.place.elevation)})`;
  const passes = profile.points.filter((p) => p.stop.place.kind === "pass");
  const passText = passes.length
    ? ` Pass${passes.length > 1 ? "es" : ""}: ${passes.map(at).join(", ")}.`
    : "";
  return (
    `${formatNumber(profile.points.length)} places over ${profile.days.length} ` +
    `day${profile.days.length === 1 ? "" : "s"}, from ${at(first)} to ${at(last)}. ` +
    `Highest point: ${at(profile.highest)}; lowest: ${at(profile.lowest)}.${passText}`
  );
}
