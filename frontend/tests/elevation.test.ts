import assert from "node:assert/strict";
import { describe, it } from "node:test";
import {
  buildProfile,
  dayRanges,
  describeProfile,
  elevationDomain,
  linearScale,
  niceStep,
  type ProfileDay,
  type ProfilePlace,
  routeStops,
} from "@/lib/elevation";

let nextId = 1;
function place(name: string, m: number, kind = "village"): ProfilePlace {
  return { id: nextId++, name, kind, elevation: { m, ft: Math.round(m * 3.28084) } };
}

const cusco = place("Cusco", 3399, "city");
const calca = place("Calca", 2928, "town");
const huacahuasi = place("Huacahuasi", 3800);
const pass = place("Ipsaycocha pass", 4450, "pass");
const camp = place("Ipsaycocha campsite", 4150, "campsite");
const ollanta = place("Ollantaytambo", 2792, "town");

const days: ProfileDay[] = [
  { number: 1, from_place: cusco, places_passed: [calca], to_place: huacahuasi },
  { number: 2, from_place: huacahuasi, places_passed: [pass], to_place: camp },
  { number: 3, from_place: camp, places_passed: [], to_place: ollanta },
];

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
    assert.deepEqual(dayRanges(days), [
      { number: 1, start: 0, end: 2 },
      { number: 2, start: 2, end: 4 },
      { number: 3, start: 4, end: 5 },
    ]);
  });

  it("starts a day at its own place when it does not continue from the last one", () => {
    const jump: ProfileDay[] = [
      { number: 1, from_place: cusco, places_passed: [], to_place: calca },
      { number: 2, from_place: huacahuasi, places_passed: [], to_place: pass },
    ];
    assert.deepEqual(dayRanges(jump), [
      { number: 1, start: 0, end: 1 },
      { number: 2, start: 2, end: 3 },
    ]);
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

  it("bands the days from where each sets off to where it ends", () => {
    assert.deepEqual(
      profile!.days.map((day) => [day.label, day.x0, day.x1]),
      [
        ["Day 1", 80, 320],
        ["Day 2", 320, 560],
        ["Day 3", 560, 680],
      ],
    );
  });

  it("draws a line through every stop and closes the area on the baseline", () => {
    assert.equal(profile!.line.startsWith("M80 "), true);
    assert.equal(profile!.line.match(/L/g)?.length, 5);
    assert.equal(profile!.area.endsWith("L680 250 L80 250 Z"), true);
  });

  it("describes the profile in words for the SVG's <desc>", () => {
    const text = describeProfile(profile!);
    assert.ok(text.includes("6 places over 3 days"));
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
