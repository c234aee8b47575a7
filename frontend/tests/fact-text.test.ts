import assert from "node:assert/strict";
import { describe, it } from "node:test";
import {
  experienceMeta,
  formatCountRange,
  formatDailyWalking,
  formatDistanceRange,
  formatLeadTime,
  formatOpening,
} from "@/components/fact-text";

describe("ranges", () => {
  it("writes a pool count as one number when the sources agree", () => {
    assert.equal(formatCountRange({ min: 3, max: 3 }), "3");
    assert.equal(formatCountRange({ min: 3, max: 6 }), "3 to 6");
  });

  it("writes the daily walking range from the shortest day to the longest", () => {
    const distance = { min: { km: 6.5, mi: 4 }, max: { km: 12, mi: 7.5 } };
    assert.equal(
      formatDailyWalking({ days: 3, hours: { min: 2, max: 7 }, distance }),
      "2–7 h, 6.5–12 km (4–7.5 mi)",
    );
    assert.equal(formatDailyWalking({ days: 1, hours: null, distance }), "6.5–12 km (4–7.5 mi)");
    assert.equal(formatDailyWalking({ days: 1, hours: { min: 5, max: 5 }, distance: null }), "5 h");
    assert.equal(formatDailyWalking({ days: 1, hours: null, distance: null }), "");
  });

  it("writes one distance when the shortest and longest day agree", () => {
    const day = { km: 12, mi: 7.5 };
    assert.equal(formatDistanceRange({ min: day, max: day }), "12 km (7.5 mi)");
  });
});

describe("booking and opening", () => {
  it("says how far ahead to book, in the singular for one", () => {
    const train = { item: "Train", unit: "months" as const, note: "" };
    assert.equal(formatLeadTime({ ...train, min: 2, max: 3 }), "2 to 3 months ahead");
    assert.equal(formatLeadTime({ ...train, min: 1, max: 1, unit: "weeks" }), "1 week ahead");
  });

  it("writes the months a destination opens, or all year, with its hours", () => {
    const opening = { hours: "", best_time_of_day: null, best_time_note: "" };
    assert.equal(formatOpening({ ...opening, all_year: true, months: [] }), "All year");
    assert.equal(
      formatOpening({
        ...opening,
        all_year: false,
        months: [5, 6, 7],
        hours: "daily, 5 am to 9 pm",
      }),
      "May to July; daily, 5 am to 9 pm",
    );
    assert.equal(formatOpening({ ...opening, all_year: false, months: [] }), "");
  });
});

describe("experiences", () => {
  it("names the kind, the duration and whether it can be booked", () => {
    const base = { title: "Offering", description: "" };
    assert.equal(
      experienceMeta({
        ...base,
        kind: "ceremony",
        duration: { minutes: 90, text: "1 h 30 min" },
        bookable: true,
      }),
      "Ceremony · 1 h 30 min · can be booked ahead",
    );
    assert.equal(
      experienceMeta({ ...base, kind: "weaving", duration: null, bookable: false }),
      "Weaving demonstration",
    );
  });
});
