import assert from "node:assert/strict";
import { describe, it } from "node:test";
import {
  buildProfile,
  dayRanges,
  describeDayHigh,
  describeProfile,
  elevationDomain,
  linearScale,
  niceStep,
  type ProfileDay,
  type ProfilePlace,
  routeStops,
} from "@/lib/elevation";
import { KM_PER_DEGREE } from "@/lib/geo";

// A synthetic route along the equator, where a degree of longitude is KM_PER_DEGREE km, so the
// straight-line distance between two places is the difference of their `km`.
let nextId = 1;
function place(name: string, m: number, km: number, kind = "village"): ProfilePlace {
  return {
    id: nextId++,
    name,
    kind,
    elevation: { m, ft: Math.round(m * 3.28084) },
    coordinates: { lat: 0, lon: km / KM_PER_DEGREE },
  };
}

const cusco = place("Cusco", 3399, 0, "city");
const calca = place("Calca", 2928, 3, "town");
const huacahuasi = place("Huacahuasi", 3800, 9);
const pass = place("Ipsaycocha pass", 4450, 15, "pass");
const camp = place("Ipsaycocha campsite", 4150, 19, "campsite");
const ollanta = place("Ollantaytambo", 2792, 24, "town");

// Day 1: 9 km in straight lines, 12 km walked; day 2: 10 km straight, 20 walked; day 3: no
// distance given, so its 5 km straight line.
const days: ProfileDay[] = [
  {
    number: 1,
    from_place: cusco,
    places_passed: [calca],
    to_place: huacahuasi,
    distance: { km: 12 },
  },
  {
    number: 2,
    from_place: huacahuasi,
    places_passed: [pass],
    to_place: camp,
    distance: { km: 20 },
  },
  { number: 3, from_place: camp, places_passed: [], to_place: ollanta, distance: null },
];

const near = (actual: number | undefined, expected: number, within = 1e-6) =>
  assert.ok(
    actual !== undefined && Math.abs(actual - expected) <= within,
    `${actual} is not ${expected}`,
  );

describe("routeStops", () => {
  it("lists from, passed and to places in order, once where a day starts where the last ended", () => {
    assert.deepEqual(
      routeStops(days).map((stop) => stop.place.name),
      ["Cusco", "Calca", "Huacahuasi", "Ipsaycocha pass", "Ipsaycocha campsite", "Ollantaytambo"],
    );
  });

  it("orders days by number whatever order they come in", () => {
    const stops = routeStops([...days].reverse());
    assert.equal(stops[0]?.place.name, "Cusco");
    assert.deepEqual(
      stops.map((stop) => stop.day),
      [1, 1, 1, 2, 2, 3],
    );
  });

  it("gives each day the stop it sets off from", () => {
    assert.deepEqual(
      dayRanges(days).map(({ number, start, end }) => ({ number, start, end })),
      [
        { number: 1, start: 0, end: 2 },
        { number: 2, start: 2, end: 4 },
        { number: 3, start: 4, end: 5 },
      ],
    );
  });

  it("starts a day at its own place when it does not continue from the last one", () => {
    const jump: ProfileDay[] = [
      { number: 1, from_place: cusco, places_passed: [], to_place: calca },
      { number: 2, from_place: huacahuasi, places_passed: [], to_place: pass },
    ];
    assert.deepEqual(
      dayRanges(jump).map(({ number, start, end }) => ({ number, start, end })),
      [
        { number: 1, start: 0, end: 1 },
        { number: 2, start: 2, end: 3 },
      ],
    );
  });
});

describe("cumulative distance", () => {
  it("spreads each day's typed distance over its places in proportion to straight lines", () => {
    const stops = routeStops(days);
    // Day 1: Calca is 3 of 9 straight-line km, so 4 of the 12 walked.
    near(stops[0]?.km, 0);
    near(stops[1]?.km, 4);
    near(stops[2]?.km, 12);
    // Day 2: the pass is 6 of 10 straight-line km, so 12 of 20 walked, after day 1's 12.
    near(stops[3]?.km, 24);
    near(stops[4]?.km, 32);
  });

  it("uses the straight-line length for a day without a typed distance", () => {
    const ranges = dayRanges(days);
    near(routeStops(days)[5]?.km, 37);
    assert.deepEqual(
      ranges.map((range) => range.estimated),
      [false, false, true],
    );
    near(ranges[2]?.startKm, 32);
    near(ranges[2]?.endKm, 37);
  });

  it("spreads places evenly over a day whose places share one point", () => {
    const here = place("Here", 3000, 50);
    const there = { ...place("There", 3100, 50), coordinates: here.coordinates };
    const stops = routeStops([
      { number: 1, from_place: here, places_passed: [], to_place: there, distance: { km: 6 } },
    ]);
    near(stops[1]?.km, 6);
  });

  it("adds nothing for the jump to a day that does not start where the last ended", () => {
    const jump: ProfileDay[] = [
      { number: 1, from_place: cusco, places_passed: [], to_place: calca, distance: { km: 5 } },
      { number: 2, from_place: huacahuasi, places_passed: [], to_place: pass, distance: null },
    ];
    assert.deepEqual(
      routeStops(jump).map((stop) => Math.round(stop.km * 1000) / 1000),
      [0, 5, 5, 11],
    );
  });
});

describe("scales", () => {
  it("picks round steps", () => {
    assert.equal(niceStep(1658), 500);
    assert.equal(niceStep(400), 100);
    assert.equal(niceStep(90), 20);
    assert.equal(niceStep(0), 100);
  });

  it("widens the domain to whole steps and never leaves it empty", () => {
    assert.deepEqual(elevationDomain([2040, 4450], 500), [2000, 4500]);
    assert.deepEqual(elevationDomain([3000, 3000], 100), [3000, 3100]);
  });

  it("maps linearly, including inverted ranges, and centres a flat domain", () => {
    const y = linearScale([2000, 4500], [300, 50]);
    assert.equal(y(2000), 300);
    assert.equal(y(4500), 50);
    assert.equal(y(3250), 175);
    assert.equal(linearScale([5, 5], [0, 10])(5), 5);
  });
});

describe("buildProfile", () => {
  const layout = { width: 700, height: 300, margin: { top: 50, right: 20, bottom: 50, left: 80 } };
  const profile = buildProfile(days, layout);

  it("spans the plot from the first stop to the last", () => {
    assert.notEqual(profile, null);
    const points = profile!.points;
    assert.equal(points[0]?.x, 80);
    assert.equal(points[points.length - 1]?.x, 680);
    assert.equal(points.length, 6);
    near(profile!.totalKm, 37);
  });

  it("places stops by distance along the route", () => {
    // 600 px for 37 km: Calca at 4 km, the pass at 24 km.
    near(profile!.points[1]?.x, 80 + (4 * 600) / 37, 0.05);
    near(profile!.points[3]?.x, 80 + (24 * 600) / 37, 0.05);
  });

  it("labels the x axis in round kilometres", () => {
    assert.deepEqual(
      profile!.xTicks.map((tick) => tick.label),
      ["0 km", "10 km", "20 km", "30 km"],
    );
    near(profile!.xTicks[1]?.x, 80 + (10 * 600) / 37, 0.05);
  });

  it("puts the highest place at the top of its scale and labels passes with metres", () => {
    const highest = profile!.highest;
    assert.equal(highest.stop.place.name, "Ipsaycocha pass");
    assert.deepEqual(highest.label?.lines, ["Ipsaycocha pass", "4,450 m"]);
    assert.deepEqual(
      profile!.points.filter((p) => p.label).map((p) => p.stop.place.name),
      ["Ipsaycocha pass"],
    );
    // 4450 on a 2500..4500 axis drawn from y=250 (bottom) to y=50 (top).
    assert.equal(highest.y, 55); // 250 - (4450 - 2500) / 2000 * 200
  });

  it("labels the y axis in metres on round values", () => {
    assert.deepEqual(
      profile!.yTicks.map((tick) => tick.label),
      ["2,500 m", "3,000 m", "3,500 m", "4,000 m", "4,500 m"],
    );
    assert.equal(profile!.yTicks[0]?.y, 250);
    assert.equal(profile!.yTicks[4]?.y, 50);
  });

  it("bands the days by their share of the distance", () => {
    assert.deepEqual(
      profile!.days.map((day) => [day.label, day.x0, day.x1]),
      [
        ["Day 1", 80, 274.6], // 12 of 37 km
        ["Day 2", 274.6, 598.9], // 20 km more
        ["Day 3", 598.9, 680],
      ],
    );
    assert.deepEqual(
      profile!.days.map((day) => day.estimated),
      [false, false, true],
    );
  });

  it("finds each day's highest place, the one it sets off from included", () => {
    assert.deepEqual(
      profile!.days.map((day) => describeDayHigh(day)),
      [
        "Day 1: highest 3,800 m at Huacahuasi",
        "Day 2: highest 4,450 m at Ipsaycocha pass",
        "Day 3: highest 4,150 m at Ipsaycocha campsite",
      ],
    );
  });

  it("labels a day too narrow for the word with its number", () => {
    const short = buildProfile(
      [
        { ...days[0]!, distance: { km: 1 } },
        { ...days[1]!, distance: { km: 100 } },
      ],
      layout,
    );
    assert.deepEqual(
      short!.days.map((day) => day.label),
      ["1", "Day 2"],
    );
  });

  it("draws a line through every stop and closes the area on the baseline", () => {
    assert.equal(profile!.line.startsWith("M80 "), true);
    assert.equal(profile!.line.match(/L/g)?.length, 5);
    assert.equal(profile!.area.endsWith("L680 250 L80 250 Z"), true);
  });

  it("describes the profile in words for the SVG's <desc>", () => {
    const text = describeProfile(profile!);
    assert.ok(text.includes("6 places over 3 days and 37 km"));
    assert.ok(text.includes("from Cusco (3,399 m (11,152 ft))"));
    assert.ok(text.includes("Highest point: Ipsaycocha pass (4,450 m (14,600 ft))"));
    assert.ok(text.includes("Pass: Ipsaycocha pass"));
  });

  it("anchors labels near the edges inwards", () => {
    const edge: ProfileDay[] = [
      { number: 1, from_place: pass, places_passed: [], to_place: calca },
    ];
    assert.equal(buildProfile(edge, layout)!.points[0]?.label?.anchor, "start");
  });

  it("gives nothing to draw for fewer than two places", () => {
    assert.equal(buildProfile([]), null);
    const oneStop: ProfileDay[] = [
      { number: 1, from_place: cusco, places_passed: [], to_place: cusco },
    ];
    assert.equal(buildProfile(oneStop), null);
  });
});

describe("the profile in Spanish", () => {
  it("labels days, ticks and places with Spanish words and numbers", () => {
    const profile = buildProfile(days, undefined, "es")!;
    assert.ok(
      profile.yTicks.some((tick) => /^\d\.\d{3} m$/.test(tick.label)),
      "4.000 m style",
    );
    assert.ok(profile.yTicks.every((tick) => !tick.label.includes(",")));
    assert.deepEqual(
      profile.points.find((p) => p.stop.place.name === "Ipsaycocha pass")?.label?.lines,
      ["Ipsaycocha pass", "4.450 m"],
    );
    assert.equal(profile.days[0]?.label, "Día 1");
    assert.equal(
      describeDayHigh(profile.days[1]!, "es"),
      "Día 2: punto más alto 4.450 m en Ipsaycocha pass",
    );
    assert.match(
      describeProfile(profile, "es"),
      /^6 lugares en 3 días y \d+ km, de Cusco \(3\.399 m \(11\.152 ft\)\) a Ollantaytambo/,
    );
    assert.match(describeProfile(profile, "es"), /Abra: Ipsaycocha pass \(4\.450 m/);
  });
});
