import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { countText, searchQuery, upcomingMonths } from "@/lib/search";

describe("search filters", () => {
  it("passes on the form's filters that have a value, trimmed, with the page size", () => {
    const { values, query, active } = searchQuery({
      max_days: " 3 ",
      min_days: "",
      difficulty: ["moderate", "easy"],
      departs_in: "2026-07",
      ordering: "title",
      colour: "red",
    });
    assert.equal(active, true);
    assert.deepEqual(query, {
      max_days: "3",
      departs_in: "2026-07",
      difficulty: "moderate",
      limit: "100",
    });
    assert.equal(values.max_days, "3");
    assert.equal(values.min_days, "");
    assert.equal("colour" in values, false);
  });

  it("leaves bad values for the API to refuse", () => {
    assert.equal(searchQuery({ min_days: "many" }).query.min_days, "many");
  });

  it("is inactive without filters", () => {
    const { query, active } = searchQuery({});
    assert.equal(active, false);
    assert.deepEqual(query, { limit: "100" });
  });

  it("offers the months from this one on, across the new year", () => {
    const months = upcomingMonths(new Date(Date.UTC(2026, 10, 20)), 4);
    assert.deepEqual(months, [
      { value: "2026-11", label: "November 2026" },
      { value: "2026-12", label: "December 2026" },
      { value: "2027-01", label: "January 2027" },
      { value: "2027-02", label: "February 2027" },
    ]);
  });

  it("counts the routes found", () => {
    assert.equal(countText(0), "No route matches");
    assert.equal(countText(1), "1 route matches");
    assert.equal(countText(3), "3 routes match");
  });
});
