import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { drawableDays } from "../src/lib/drawable";

const place = (id: number, known: { elevation?: boolean; coordinates?: boolean } = {}) => ({
  id,
  name: `Place ${id}`,
  kind: "village",
  elevation: known.elevation === false ? null : { m: 3000 + id, ft: 9843 },
  coordinates: known.coordinates === false ? null : { lat: -13 - id / 100, lon: -72 },
});

describe("drawableDays", () => {
  it("leaves out a passed place whose elevation or coordinates are unknown", () => {
    const [day] = drawableDays([
      {
        number: 1,
        from_place: place(1),
        to_place: place(4),
        places_passed: [place(2, { elevation: false }), place(3, { coordinates: false })],
        distance: { km: 10 },
        overnight: { type: "camping", place: place(5, { coordinates: false }) },
      },
    ]);
    assert.deepEqual(day?.places_passed, []);
    assert.equal(day?.overnight, null);
    assert.equal(day?.to_place.id, 4);
  });

  it("leaves out a day that starts or ends at a place it cannot draw", () => {
    const days = drawableDays([
      {
        number: 1,
        from_place: place(1),
        to_place: place(2, { elevation: false }),
        places_passed: [],
      },
      { number: 2, from_place: place(2), to_place: place(3), places_passed: [] },
    ]);
    assert.deepEqual(
      days.map((day) => day.number),
      [2],
    );
  });
});
