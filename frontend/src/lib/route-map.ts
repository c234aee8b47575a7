/**
 * Geometry of an itinerary's route map, drawn server-side as SVG from the places' coordinates.
 *
 * Places are projected equirectangularly (longitudes shrunk by the cosine of the route's mean
 * latitude, north up), the route is fitted to the viewBox with a margin, and each day is a line
 * through its from-place, the places it passes and its to-place. Each day has its own colour and
 * dash pattern so the days stay apart in greyscale and for colour-blind readers.
 */
import { formatExact, joinWords, metres } from "./format";
import { DEFAULT_LOCALE, type Locale } from "./i18n";
import { messagesFor } from "./messages";
import { type LatLon, projectKm, roundLength } from "./geo";

export type MapPlace = {
  id: number;
  name: string;
  kind: string;
  elevation: { m: number; ft: number };
  coordinates: LatLon;
};

export type MapDay = {
  number: number;
  from_place: MapPlace;
  to_place: MapPlace;
  places_passed: readonly MapPlace[];
  overnight?: { type: string; place: MapPlace } | null;
};

export type MapLayout = {
  width: number;
  /** The map's height follows the route's shape within these bounds (legend not included). */
  minHeight: number;
  maxHeight: number;
  margin: number;
};

export const DEFAULT_MAP_LAYOUT: MapLayout = {
  width: 720,
  minHeight: 320,
  maxHeight: 560,
  margin: 44,
};

// Okabe–Ito colours (distinct for the common colour-vision deficiencies), dark enough on white,
// and dash patterns of a different count so colour and dash never repeat together for 30 days.
const DAY_COLOURS = ["#0072b2", "#d55e00", "#009e73", "#cc79a7", "#7a5c00", "#000000"];
const DAY_DASHES = ["", "12 5", "3 4", "14 4 3 4", "7 3 1 3"];

export type DayStroke = { colour: string; dash: string };

/** The stroke of the day at `index` (0 for the first day). */
export function dayStroke(index: number): DayStroke {
  return {
    colour: DAY_COLOURS[index % DAY_COLOURS.length] as string,
    dash: DAY_DASHES[index % DAY_DASHES.length] as string,
  };
}

export type MarkerSymbol =
  "pass" | "peak" | "lake" | "settlement" | "campsite" | "hot_spring" | "other";

export function symbolFor(kind: string): MarkerSymbol {
  switch (kind) {
    case "pass":
    case "peak":
    case "lake":
    case "campsite":
    case "hot_spring":
      return kind;
    case "village":
    case "town":
    case "city":
      return "settlement";
    default:
      return "other";
  }
}

/** Each symbol's outline around (0, 0), about 12 px across. */
export const SYMBOL_PATHS: Record<MarkerSymbol, string> = {
  pass: "M0 -7 L7 5 L-7 5 Z",
  peak: "M0 -6 L5.5 4.5 L-5.5 4.5 Z",
  lake: "M-6.5 0 A6.5 4.5 0 1 0 6.5 0 A6.5 4.5 0 1 0 -6.5 0 Z",
  settlement: "M-4.5 -4.5 H4.5 V4.5 H-4.5 Z",
  campsite: "M-6.5 5 L0 -6 L6.5 5 H2 L0 1.5 L-2 5 Z",
  hot_spring: "M0 -6 L6 0 L0 6 L-6 0 Z",
  other: "M-3.5 0 A3.5 3.5 0 1 0 3.5 0 A3.5 3.5 0 1 0 -3.5 0 Z",
};

/** A symbol's name in the legend ("Village or town"; es "Poblado o ciudad"). */
export function symbolName(symbol: MarkerSymbol, locale: Locale = DEFAULT_LOCALE): string {
  return messagesFor(locale).map.symbols[symbol] ?? symbol;
}

export type Marker = {
  place: MapPlace;
  x: number;
  y: number;
  symbol: MarkerSymbol;
  /** Nights spent here (day numbers); such places are ringed. */
  nights: number[];
  start: boolean;
  end: boolean;
};

export type MapLabel = { placeId: number; text: string; x: number; y: number; anchor: Anchor };
type Anchor = "start" | "middle" | "end";

export type LegendItem =
  | { type: "day"; number: number; label: string; stroke: DayStroke; x: number; y: number }
  | { type: "symbol"; symbol: MarkerSymbol; label: string; x: number; y: number }
  | { type: "overnight"; label: string; x: number; y: number };

export type RouteMap = {
  width: number;
  height: number;
  /** The map's own area; the legend is below it. */
  frame: { left: number; top: number; right: number; bottom: number };
  days: { number: number; d: string; stroke: DayStroke }[];
  markers: Marker[];
  labels: MapLabel[];
  scale: { km: number; x: number; y: number; length: number; label: string };
  north: { x: number; y: number };
  legend: LegendItem[];
  /** Pixels per km. */
  pxPerKm: number;
};

/** Label text size, and the average width of a character at that size (system sans-serif). */
export const LABEL_FONT_SIZE = 12;
const CHAR_WIDTH = 0.56 * LABEL_FONT_SIZE;
const LEGEND_ROW = 22;
const round = (value: number) => Math.round(value * 10) / 10;

/** ["a", "b", "c"] → "a, b and c", names kept as they are. */
function orderedDays<T extends MapDay>(days: readonly T[]): T[] {
  return [...days].sort((a, b) => a.number - b.number);
}

/** The places of a day in the order walked. */
export function dayPlaces(day: MapDay): MapPlace[] {
  return [day.from_place, ...day.places_passed, day.to_place];
}

function hasNight(day: MapDay): day is MapDay & { overnight: { type: string; place: MapPlace } } {
  return Boolean(day.overnight && day.overnight.type !== "none");
}

/** Every place on the map once: the route's places and where each night is spent. */
export function mapMarkers(days: readonly MapDay[]): Omit<Marker, "x" | "y">[] {
  const ordered = orderedDays(days);
  const byId = new Map<number, Omit<Marker, "x" | "y">>();
  const add = (place: MapPlace) => {
    let marker = byId.get(place.id);
    if (!marker) {
      marker = { place, symbol: symbolFor(place.kind), nights: [], start: false, end: false };
      byId.set(place.id, marker);
    }
    return marker;
  };
  for (const day of ordered) {
    for (const place of dayPlaces(day)) add(place);
    if (hasNight(day)) add(day.overnight.place).nights.push(day.number);
  }
  const first = ordered[0];
  const last = ordered[ordered.length - 1];
  if (first) add(first.from_place).start = true;
  if (last) add(last.to_place).end = true;
  return [...byId.values()];
}

/** "Cusco (start and end)", "Ipsaycocha pass, 4,450 m", "Huacahuasi campsite (night 1)", or null. */
export function labelText(
  marker: Omit<Marker, "x" | "y">,
  locale: Locale = DEFAULT_LOCALE,
): string | null {
  const words = messagesFor(locale).map;
  const notes: string[] = [];
  if (marker.start && marker.end) notes.push(words.startAndEnd);
  else if (marker.start) notes.push(words.start);
  else if (marker.end) notes.push(words.end);
  if (marker.nights.length) {
    notes.push(words.nights(marker.nights.length, joinWords(marker.nights.map(String), locale)));
  }
  const pass = marker.place.kind === "pass";
  if (!pass && notes.length === 0) return null;
  return (
    marker.place.name +
    (pass ? `, ${metres(marker.place.elevation.m, locale)}` : "") +
    (notes.length ? ` (${notes.join(", ")})` : "")
  );
}

type Box = { x0: number; y0: number; x1: number; y1: number };

function overlap(a: Box, b: Box): number {
  const w = Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0);
  const h = Math.min(a.y1, b.y1) - Math.max(a.y0, b.y0);
  return w > 0 && h > 0 ? w * h : 0;
}

/** The box a label's text takes, from its anchor point and baseline. */
function textBox(x: number, y: number, anchor: Anchor, width: number): Box {
  const x0 = anchor === "start" ? x : anchor === "end" ? x - width : x - width / 2;
  return { x0, y0: y - LABEL_FONT_SIZE + 2, x1: x0 + width, y1: y + 3 };
}

/**
 * Places each label beside its marker where it overlaps least with the labels placed before it,
 * the markers and the map's furniture, always moved inside `bounds` so none is cut off.
 */
export function placeLabels(
  wanted: { placeId: number; text: string; x: number; y: number }[],
  obstacles: Box[],
  bounds: Box,
): MapLabel[] {
  const placed: MapLabel[] = [];
  const taken: Box[] = [];
  for (const label of wanted) {
    const width = label.text.length * CHAR_WIDTH;
    const { x, y } = label;
    const candidates: [number, number, Anchor][] = [
      [x + 9, y + 4, "start"],
      [x - 9, y + 4, "end"],
      [x, y - 10, "middle"],
      [x, y + 18, "middle"],
      [x + 7, y - 7, "start"],
      [x + 7, y + 15, "start"],
      [x - 7, y - 7, "end"],
      [x - 7, y + 15, "end"],
      [x, y - 24, "middle"],
      [x, y + 32, "middle"],
    ];
    let best: { label: MapLabel; box: Box; cost: number } | null = null;
    candidates.forEach(([cx, cy, anchor], order) => {
      let box = textBox(cx, cy, anchor, width);
      // Shift into bounds, paying for the shift (the label drifts from its marker).
      const dx = Math.max(0, bounds.x0 - box.x0) - Math.max(0, box.x1 - bounds.x1);
      const dy = Math.max(0, bounds.y0 - box.y0) - Math.max(0, box.y1 - bounds.y1);
      box = { x0: box.x0 + dx, x1: box.x1 + dx, y0: box.y0 + dy, y1: box.y1 + dy };
      let cost = order + (Math.abs(dx) + Math.abs(dy)) * 4;
      for (const other of [...taken, ...obstacles]) cost += overlap(box, other) * 10;
      if (!best || cost < best.cost) {
        best = {
          label: {
            placeId: label.placeId,
            text: label.text,
            x: round(cx + dx),
            y: round(cy + dy),
            anchor,
          },
          box,
          cost,
        };
      }
    });
    const chosen = best as unknown as { label: MapLabel; box: Box };
    placed.push(chosen.label);
    taken.push(chosen.box);
  }
  return placed;
}

/** Everything the SVG needs, or null when the days give no place to draw; words in `locale`. */
export function buildRouteMap(
  days: readonly MapDay[],
  layout: MapLayout = DEFAULT_MAP_LAYOUT,
  locale: Locale = DEFAULT_LOCALE,
): RouteMap | null {
  const ordered = orderedDays(days);
  const found = mapMarkers(ordered);
  if (found.length === 0) return null;

  const { width, margin } = layout;
  const lats = found.map((m) => m.place.coordinates.lat);
  const lons = found.map((m) => m.place.coordinates.lon);
  const meanLat = lats.reduce((sum, lat) => sum + lat, 0) / lats.length;
  const origin = { lat: Math.min(...lats), lon: Math.min(...lons) };
  const project = (point: LatLon) => projectKm(point, origin, meanLat);
  const projected = found.map((m) => project(m.place.coordinates));
  const xs = projected.map((p) => p.x);
  const ys = projected.map((p) => p.y);
  // At least 2 km each way, so a route on one spot (or a line due north) still gets a scale.
  const spanX = Math.max(Math.max(...xs) - Math.min(...xs), 2);
  const spanY = Math.max(Math.max(...ys) - Math.min(...ys), 2);
  const midX = (Math.max(...xs) + Math.min(...xs)) / 2;
  const midY = (Math.max(...ys) + Math.min(...ys)) / 2;

  const inner = width - 2 * margin;
  const pxPerKm = Math.min(inner / spanX, (layout.maxHeight - 2 * margin) / spanY);
  const height = Math.round(
    Math.min(layout.maxHeight, Math.max(layout.minHeight, spanY * pxPerKm + 2 * margin)),
  );
  const frame = { left: 0, top: 0, right: width, bottom: height };
  const toSvg = (point: LatLon) => {
    const p = project(point);
    return {
      x: round(width / 2 + (p.x - midX) * pxPerKm),
      y: round(height / 2 - (p.y - midY) * pxPerKm),
    };
  };

  const markers: Marker[] = found.map((m) => ({ ...m, ...toSvg(m.place.coordinates) }));
  const dayLines = ordered.map((day, index) => ({
    number: day.number,
    d: dayPlaces(day)
      .map((place, i) => {
        const { x, y } = toSvg(place.coordinates);
        return `${i === 0 ? "M" : "L"}${x} ${y}`;
      })
      .join(" "),
    stroke: dayStroke(index),
  }));

  // A quarter of the map's width at most, rounded down to 1, 2 or 5 × 10ⁿ km.
  const scaleKm = roundLength(width / pxPerKm / 4);
  const scale = {
    km: scaleKm,
    x: 16,
    y: height - 16,
    length: round(scaleKm * pxPerKm),
    label: `${formatExact(scaleKm, locale)} km`,
  };
  const north = { x: width - 26, y: 30 };

  const obstacles: Box[] = [
    { x0: scale.x - 4, y0: scale.y - 22, x1: scale.x + scale.length + 8, y1: scale.y + 6 },
    { x0: north.x - 12, y0: north.y - 22, x1: north.x + 12, y1: north.y + 22 },
    ...markers.map((m) => ({ x0: m.x - 6, y0: m.y - 6, x1: m.x + 6, y1: m.y + 6 })),
  ];
  // Start and end first, then passes, then nights: the most telling labels get the best spots.
  const rank = (m: Marker) => (m.start || m.end ? 0 : m.place.kind === "pass" ? 1 : 2);
  const wanted = [...markers]
    .sort((a, b) => rank(a) - rank(b))
    .flatMap((m) => {
      const text = labelText(m, locale);
      return text ? [{ placeId: m.place.id, text, x: m.x, y: m.y }] : [];
    });
  const labels = placeLabels(wanted, obstacles, { x0: 4, y0: 4, x1: width - 4, y1: height - 4 });

  const legend = layoutLegend(ordered, markers, width, height + 14, locale);
  const legendRows = legend.length ? Math.max(...legend.map((item) => item.y)) : height;
  return {
    width,
    height: Math.round(legendRows + LEGEND_ROW / 2 + 6),
    frame,
    days: dayLines,
    markers,
    labels,
    scale,
    north,
    legend,
    pxPerKm,
  };
}

/** The legend's items flowed in rows under the map: days, then the symbols the map uses. */
function layoutLegend(
  days: readonly MapDay[],
  markers: readonly Marker[],
  width: number,
  top: number,
  locale: Locale,
): LegendItem[] {
  const words = messagesFor(locale).map;
  const symbols = (Object.keys(SYMBOL_PATHS) as MarkerSymbol[]).filter((symbol) =>
    markers.some((m) => m.symbol === symbol),
  );
  const entries: { item: Omit<LegendItem, "x" | "y">; width: number }[] = [
    ...days.map((day, index) => ({
      item: {
        type: "day" as const,
        number: day.number,
        label: messagesFor(locale).day(day.number),
        stroke: dayStroke(index),
      },
      width: 52 + messagesFor(locale).day(day.number).length * CHAR_WIDTH,
    })),
    ...symbols.map((symbol) => ({
      item: { type: "symbol" as const, symbol, label: symbolName(symbol, locale) },
      width: 30 + symbolName(symbol, locale).length * CHAR_WIDTH,
    })),
    ...(markers.some((m) => m.nights.length)
      ? [
          {
            item: { type: "overnight" as const, label: words.nightStop },
            width: 30 + words.nightStop.length * CHAR_WIDTH,
          },
        ]
      : []),
  ];
  const items: LegendItem[] = [];
  let x = 16;
  let y = top + LEGEND_ROW / 2;
  for (const entry of entries) {
    if (x + entry.width > width - 16 && x > 16) {
      x = 16;
      y += LEGEND_ROW;
    }
    items.push({ ...entry.item, x: round(x), y: round(y) } as LegendItem);
    x += entry.width + 12;
  }
  return items;
}

/**
 * The map in a sentence, for its <desc>: "From Cusco to Aguas Calientes over the Ipsaycocha pass,
 * 4 days." then where the nights are spent.
 */
export function describeRoute(days: readonly MapDay[], locale: Locale = DEFAULT_LOCALE): string {
  const words = messagesFor(locale).map;
  const ordered = orderedDays(days);
  const first = ordered[0];
  const last = ordered[ordered.length - 1];
  if (!first || !last) return "";
  const start = first.from_place;
  const end = last.to_place;
  const passes: string[] = [];
  for (const day of ordered) {
    for (const place of dayPlaces(day)) {
      if (place.kind === "pass" && !passes.includes(place.name)) passes.push(place.name);
    }
  }
  const route =
    start.id === end.id ? words.roundTrip(start.name) : words.fromTo(start.name, end.name);
  const over = passes.length ? words.over(joinWords(passes.map(words.passName), locale)) : "";
  const count = words.days(ordered.length);
  const nights = ordered.filter(hasNight).map((day) => day.overnight.place.name);
  const nightText = nights.length ? words.nightsAt(joinWords(nights, locale)) : "";
  return `${route}${over}, ${count}.${nightText}`;
}

/** What the interactive map draws: each day's line and the places, in latitude and longitude. */
export type RouteGeometry = {
  /** `label`: the day's name in the page's language ("Day 2", "Día 2"), for its tooltip. */
  days: { number: number; label: string; stroke: DayStroke; points: [number, number][] }[];
  places: {
    name: string;
    kind: string;
    symbol: MarkerSymbol;
    lat: number;
    lon: number;
    night: boolean;
  }[];
};

export function routeGeometry(
  days: readonly MapDay[],
  locale: Locale = DEFAULT_LOCALE,
): RouteGeometry {
  const ordered = orderedDays(days);
  return {
    days: ordered.map((day, index) => ({
      number: day.number,
      label: messagesFor(locale).day(day.number),
      stroke: dayStroke(index),
      points: dayPlaces(day).map((p) => [p.coordinates.lat, p.coordinates.lon]),
    })),
    places: mapMarkers(ordered).map((m) => ({
      name: m.place.name,
      kind: m.place.kind,
      symbol: m.symbol,
      lat: m.place.coordinates.lat,
      lon: m.place.coordinates.lon,
      night: m.nights.length > 0,
    })),
  };
}
