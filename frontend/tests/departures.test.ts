import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { enquireHref, queryId, seatsText, statusText } from "@/lib/departures";
import { offerOf } from "@/lib/offer";

describe("departure status and seats", () => {
  it("names each status in words", () => {
    assert.equal(statusText("open"), "Open");
    assert.equal(statusText("guaranteed"), "Guaranteed to run");
    assert.equal(statusText("few_seats"), "Few seats left");
    assert.equal(statusText("full"), "Full");
    assert.equal(statusText("cancelled"), "Cancelled");
    assert.equal(statusText("on_hold"), "On hold");
  });

  it("counts seats left out of the total", () => {
    assert.equal(seatsText({ status: "open", seats_total: 12, seats_left: 3 }), "3 of 12 left");
    assert.equal(
      seatsText({ status: "few_seats", seats_total: 12, seats_left: 1 }),
      "1 of 12 left",
    );
  });

  it("says 'on request' when the operator gives no count", () => {
    assert.equal(seatsText({ status: "open", seats_total: null, seats_left: null }), "on request");
    assert.equal(
      seatsText({ status: "guaranteed", seats_total: 12, seats_left: null }),
      "on request",
    );
  });

  it("counts without a total", () => {
    assert.equal(seatsText({ status: "open", seats_total: null, seats_left: 4 }), "4 seats left");
    assert.equal(seatsText({ status: "open", seats_total: null, seats_left: 1 }), "1 seat left");
  });

  it("says 'full' by status or by count, and nothing to book when cancelled", () => {
    assert.equal(seatsText({ status: "full", seats_total: 12, seats_left: 2 }), "full");
    assert.equal(seatsText({ status: "open", seats_total: 12, seats_left: 0 }), "full");
    assert.equal(seatsText({ status: "full", seats_total: null, seats_left: null }), "full");
    assert.equal(seatsText({ status: "cancelled", seats_total: 12, seats_left: 12 }), "none");
  });

  it("links a departure to the form on the same page", () => {
    assert.equal(enquireHref(42), "?departure=42#enquire");
  });

  it("reads only positive whole ids from the query", () => {
    assert.equal(queryId("42"), 42);
    assert.equal(queryId(["7", "8"]), 7);
    for (const bad of [undefined, "", "0", "-3", "4.5", "1e3", "42abc", "99999999999"]) {
      assert.equal(queryId(bad), null, String(bad));
    }
  });
});

describe("card offers", () => {
  const price = { amount: "690.00", amount_minor: 69000, currency: "USD" };

  it("reads the lowest price and the next date when a card has them", () => {
    assert.deepEqual(offerOf({ price_from: price, next_departure: { start_date: "2026-07-04" } }), {
      price,
      nextDate: "2026-07-04",
    });
    assert.deepEqual(offerOf({ price_from: null, next_departure: { start_date: "2026-07-04" } }), {
      price: null,
      nextDate: "2026-07-04",
    });
  });

  it("is null for cards without either, or with malformed values", () => {
    assert.equal(offerOf({ title: "A destination" }), null);
    assert.equal(offerOf({ price_from: null, next_departure: null }), null);
    assert.equal(offerOf({ price_from: { amount: 690 }, next_departure: {} }), null);
  });
});
