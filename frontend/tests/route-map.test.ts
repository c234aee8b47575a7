import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { distanceKm, KM_PER_DEGREE, roundLength } from "@/lib/geo";
import {
  buildRouteMap,
  dayStroke,
  describeRoute,
  labelText,
  type MapDay,
  type MapPlace,
  mapMarkers,
  placeLabels,
  routeGeometry,
  symbolFor,
} from "@/lib/route-map";

let nextId = 1;
function place(name: string, kind: string, lat: number, lon: number, m = 3000): MapPlace {
  return {
    id: nextId++,
    name,
    kind,
    elevation: { m, ft: Math.round(m * 3.28084) },
    coordinates: { lat, lon },
  };
}

// Around 13° S, like the Lares valley: a degree of longitude is cos(13°) of a degree of latitude.
const cusco = place("Cusco", "city", -13.53, -71.97, 3399);
const hotSprings = place("Lares hot springs", "hot_spring", -13.11, -72.04, 3200);
const huacahuasi = place("Huacahuasi", "village", -13.17, -72.08, 3800);
const camp1 = place("Huacahuasi campsite", "campsite", -13.171, -72.081, 3800);
const pass = place("Ipsaycocha pass", "pass", -13.2, -72.12, 4450);
const lake = place("Ipsaycocha lake", "lake", -13.205, -72.128, 4200);
const aguas = place("Aguas Calientes", "town", -13.15, -72.52, 2040);

const days: MapDay[] = [
  {
    number: 1,
    from_place: cusco,
    places_passed: [hotSprings],
    to_place: huacahuasi,
    overnight: { type: "camp", place: camp1 },
  },
  {
    number: 2,
    from_place: huacahuasi,
    places_passed: [pass],
    to_place: lake,
    overnight: { type: "camp", place: lake },
  },
  {
    number: 3,
    from_place: lake,
    places_passed: [],
    to_place: aguas,
    overnight: { type: "hotel", place: aguas },
  },
  {
    number: 4,
    from_place: aguas,
    places_passed: [],
    to_place: cusco,
    overnight: { type: "none", place: cusco },
  },
];

describe("geo", () => {
  it("measures great-circle distances", () => {
    assert.ok(Math.abs(distanceKm({ lat: 0, lon: 0 }, { lat: 0, lon: 1 }) - KM_PER_DEGREE) < 1e-9);
    assert.ok(
      Math.abs(distanceKm({ lat: 10, lon: 5 }, { lat: 11, lon: 5 }) - KM_PER_DEGREE) < 1e-9,
    );
  });

  it("rounds scale lengths down to 1, 2 or 5 × 10ⁿ", () => {
    assert.deepEqual([0.7, 1, 3.9, 9.99, 17, 64].map(roundLength), [0.5, 1, 2, 5, 10, 50]);
  });
});

describe("markers and labels", () => {
  it("shows each place once, with the nights spent there, the start and the end", () => {
    const markers = mapMarkers(days);
    assert.deepEqual(
      markers.map((m) => m.place.name),
      [
        "Cusco",
        "Lares hot springs",
        "Huacahuasi",
        "Huacahuasi campsite",
        "Ipsaycocha pass",
        "Ipsaycocha lake",
        "Aguas Calientes",
      ],
    );
    const cuscoMarker = markers[0]!;
    assert.equal(cuscoMarker.start && cuscoMarker.end, true);
    // A night of type "none" is no night.
    assert.deepEqual(cuscoMarker.nights, []);
    assert.deepEqual(markers.find((m) => m.place === lake)?.nights, [2]);
  });

  it("picks a symbol by kind", () => {
    assert.deepEqual(
      ["pass", "lake", "village", "town", "city", "campsite", "hot_spring", "station"].map(
        symbolFor,
      ),
      ["pass", "lake", "settlement", "settlement", "settlement", "campsite", "hot_spring", "other"],
    );
  });

  it("labels passes, nights, the start and the end, and nothing else", () => {
    const labels = mapMarkers(days).map((marker) => labelText(marker));
    assert.deepEqual(labels, [
      "Cusco (start and end)",
      null,
      null,
      "Huacahuasi campsite (night 1)",
      "Ipsaycocha pass, 4,450 m",
      "Ipsaycocha lake (night 2)",
      "Aguas Calientes (night 3)",
    ]);
  });

  it("moves a label that would leave the map back inside it", () => {
    const [label] = placeLabels(
      [{ placeId: 1, text: "A very long place name at the edge", x: 395, y: 100 }],
      [],
      { x0: 4, y0: 4, x1: 396, y1: 296 },
    );
    // Placed to the left of its marker (anchored at its end), not past the right edge.
    assert.equal(label?.anchor, "end");
    assert.ok(label!.x <= 396);
  });

  it("keeps labels of neighbouring places apart", () => {
    const [a, b] = placeLabels(
      [
        { placeId: 1, text: "Upper camp", x: 200, y: 100 },
        { placeId: 2, text: "Lower camp", x: 202, y: 104 },
      ],
      [],
      { x0: 4, y0: 4, x1: 596, y1: 296 },
    );
    assert.ok(a && b);
    assert.ok(a.x !== b.x || Math.abs(a.y - b.y) >= 12 || a.anchor !== b.anchor);
  });
});

describe("buildRouteMap", () => {
  const map = buildRouteMap(days)!;

  it("draws one line per day, each with its own colour and dash pattern", () => {
    assert.equal(map.days.length, 4);
    const strokes = map.days.map((day) => `${day.stroke.colour}|${day.stroke.dash}`);
    assert.equal(new Set(strokes).size, 4);
    assert.equal(new Set(map.days.map((day) => day.stroke.dash)).size, 4);
    assert.match(map.days[0]!.d, /^M[\d.]+ [\d.]+ L[\d.]+ [\d.]+ L[\d.]+ [\d.]+$/);
  });

  it("keeps colour and dash from repeating together over many days", () => {
    const seen = new Set(Array.from({ length: 30 }, (_, i) => JSON.stringify(dayStroke(i))));
    assert.equal(seen.size, 30);
  });

  it("fits every place inside the map with its margin, north up", () => {
    for (const marker of map.markers) {
      assert.ok(marker.x >= 44 - 0.1 && marker.x <= map.width - 44 + 0.1, marker.place.name);
      assert.ok(marker.y >= 0 && marker.y <= map.frame.bottom, marker.place.name);
    }
    const y = (p: MapPlace) => map.markers.find((m) => m.place === p)!.y;
    const x = (p: MapPlace) => map.markers.find((m) => m.place === p)!.x;
    assert.ok(y(cusco) > y(hotSprings), "Cusco, further south, is lower on the map");
    assert.ok(x(aguas) < x(cusco), "Aguas Calientes, further west, is to the left");
  });

  it("shrinks longitudes by the cosine of the mean latitude", () => {
    const east = place("East", "village", -13.3, -72.0);
    const west = place("West", "village", -13.3, -72.1);
    const north = place("North", "village", -13.2, -72.0);
    const square = buildRouteMap([
      { number: 1, from_place: west, places_passed: [east], to_place: north },
    ])!;
    const at = (p: MapPlace) => square.markers.find((m) => m.place === p)!;
    const dx = at(east).x - at(west).x;
    const dy = at(east).y - at(north).y;
    const meanLat = (-13.3 * 2 - 13.2) / 3;
    assert.ok(Math.abs(dx / dy - Math.cos((meanLat * Math.PI) / 180)) < 0.01);
  });

  it("has a round scale bar as long as its km on the map's scale", () => {
    assert.ok([1, 2, 5, 10, 20, 50, 100].includes(map.scale.km));
    assert.equal(map.scale.label, `${map.scale.km} km`);
    assert.ok(Math.abs(map.scale.length - map.scale.km * map.pxPerKm) < 0.1);
    assert.ok(map.scale.length <= map.width / 4 + 0.1);
  });

  it("keeps every label inside the viewBox", () => {
    assert.deepEqual(map.labels.map((label) => label.text).sort(), [
      "Aguas Calientes (night 3)",
      "Cusco (start and end)",
      "Huacahuasi campsite (night 1)",
      "Ipsaycocha lake (night 2)",
      "Ipsaycocha pass, 4,450 m",
    ]);
    for (const label of map.labels) {
      const width = label.text.length * 0.56 * 12;
      const x0 =
        label.anchor === "start"
          ? label.x
          : label.anchor === "end"
            ? label.x - width
            : label.x - width / 2;
      assert.ok(x0 >= 3.9 && x0 + width <= map.width - 3.9, label.text);
      assert.ok(label.y - 10 >= 3.9 && label.y <= map.frame.bottom, label.text);
    }
  });

  it("lists the days in the legend under the map", () => {
    const days = map.legend.filter((item) => item.type === "day");
    assert.deepEqual(
      days.map((item) => item.label),
      ["Day 1", "Day 2", "Day 3", "Day 4"],
    );
    assert.ok(map.legend.every((item) => item.y > map.frame.bottom && item.y < map.height));
  });

  it("draws a route on one spot without dividing by zero", () => {
    const here = place("Here", "village", -13, -72);
    const one = buildRouteMap([{ number: 1, from_place: here, places_passed: [], to_place: here }]);
    assert.ok(one && Number.isFinite(one.markers[0]!.x) && Number.isFinite(one.scale.length));
    assert.equal(buildRouteMap([]), null);
  });
});

describe("describeRoute", () => {
  it("summarises start, end, passes, days and nights", () => {
    const oneWay = days.slice(0, 3);
    assert.equal(
      describeRoute(oneWay),
      "From Cusco to Aguas Calientes over the Ipsaycocha pass, 3 days. " +
        "Nights at Huacahuasi campsite, Ipsaycocha lake and Aguas Calientes.",
    );
    assert.match(
      describeRoute(days),
      /^A round trip from Cusco over the Ipsaycocha pass, 4 days\./,
    );
  });

  it("gives the interactive map each day's points in latitude and longitude", () => {
    const geometry = routeGeometry(days);
    assert.deepEqual(geometry.days[0]?.points, [
      [-13.53, -71.97],
      [-13.11, -72.04],
      [-13.17, -72.08],
    ]);
    assert.equal(geometry.places.find((p) => p.name === "Aguas Calientes")?.night, true);
  });
});

describe("the route map in Spanish", () => {
  it("labels, legend, scale and description in Spanish words and numbers", () => {
    const labels = mapMarkers(days).map((marker) => labelText(marker, "es"));
    assert.deepEqual(labels, [
      "Cusco (inicio y fin)",
      null,
      null,
      "Huacahuasi campsite (noche 1)",
      "Ipsaycocha pass, 4.450 m",
      "Ipsaycocha lake (noche 2)",
      "Aguas Calientes (noche 3)",
    ]);
    const map = buildRouteMap(days, undefined, "es")!;
    assert.ok(map.legend.some((item) => item.label === "Día 1"));
    assert.ok(map.legend.some((item) => item.label === "Pernocte"));
    assert.ok(map.legend.some((item) => item.label === "Abra"));
    assert.match(map.scale.label, /^\d+ km$/);
    assert.equal(
      describeRoute(days.slice(0, 3), "es"),
      "De Cusco a Aguas Calientes por Ipsaycocha pass, 3 días. " +
        "Noches en Huacahuasi campsite, Ipsaycocha lake y Aguas Calientes.",
    );
    assert.match(
      describeRoute(days, "es"),
      /^Ida y vuelta desde Cusco por Ipsaycocha pass, 4 días\./,
    );
    assert.equal(routeGeometry(days, "es").days[0]?.label, "Día 1");
    assert.equal(routeGeometry(days).days[0]?.label, "Day 1");
  });
});
