import assert from "node:assert/strict";
import { describe, it } from "node:test";
import {
  emptyValues,
  fieldErrorsOf,
  initialState,
  readValues,
  retryAfterText,
  splitByShown,
  stateAfter,
  thanksPath,
  toEnquiryBody,
} from "@/lib/enquiry";

function form(entries: Record<string, string>): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(entries)) data.append(name, value);
  return data;
}

const typed = {
  name: "  Ana Quispe ",
  email: " ana@example.org ",
  travel_date: "",
  travel_month: "2026-07",
  party_size: " 2 ",
  message: "Can we bring a dog?\n",
  heard_from: "friend",
  consent: "on",
  itinerary: "8",
  departure: "31",
  token: "signed-token",
  website: "",
  // Next's own fields, which the form's values leave out.
  $ACTION_KEY: "k123",
};

describe("reading the submitted form", () => {
  it("keeps every value exactly as typed", () => {
    const values = readValues(form(typed));
    assert.equal(values.name, "  Ana Quispe ");
    assert.equal(values.message, "Can we bring a dog?\n");
    assert.equal(values.consent, true);
    assert.equal(values.departure, "31");
    assert.equal("$ACTION_KEY" in values, false);
  });

  it("reads an unticked box and missing fields as empty", () => {
    const values = readValues(form({ name: "Ana" }));
    assert.deepEqual(values, emptyValues({ name: "Ana" }));
  });

  it("makes the API's body: trimmed text, numbers, nulls for what was left empty", () => {
    assert.deepEqual(toEnquiryBody(readValues(form(typed))), {
      name: "Ana Quispe",
      email: "ana@example.org",
      travel_date: null,
      travel_month: "2026-07",
      party_size: 2,
      itinerary: 8,
      departure: 31,
      message: "Can we bring a dog?",
      heard_from: "friend",
      consent: true,
      token: "signed-token",
      website: "",
    });
  });

  it("passes the honeypot on as typed, for the API to judge", () => {
    const body = toEnquiryBody(readValues(form({ ...typed, website: "http://spam.example" })));
    assert.equal(body.website, "http://spam.example");
  });

  it("sends no itinerary or departure for a tampered hidden field", () => {
    const body = toEnquiryBody(
      readValues(form({ ...typed, itinerary: "8; drop", departure: "-1" })),
    );
    assert.equal(body.itinerary, null);
    assert.equal(body.departure, null);
  });

  it("leaves what is not a number or a date as typed, for the API to word its error", () => {
    const body = toEnquiryBody(
      readValues(
        form({ ...typed, party_size: "two", travel_date: "14/06/2026", travel_month: "June" }),
      ),
    );
    assert.equal(body.party_size, "two");
    assert.equal(body.travel_date, "14/06/2026");
    assert.equal(body.travel_month, "June");
  });

  it("leaves an empty party size out, so the API says it is missing", () => {
    const body = toEnquiryBody(readValues(form({ ...typed, party_size: "  " })));
    assert.equal("party_size" in body, false);
    assert.equal(JSON.stringify(body).includes("party_size"), false);
  });
});

describe("the API's errors on the form", () => {
  it("maps a 400's errors to the form's fields, the rest apart", () => {
    const { fields, other } = fieldErrorsOf({
      email: ["Enter a valid email address."],
      party_size: "Ensure this value is at most 16.",
      __all__: ["Something else."],
      colour: ["Unknown."],
      message: [],
    });
    assert.deepEqual(fields, {
      email: ["Enter a valid email address."],
      party_size: ["Ensure this value is at most 16."],
    });
    assert.deepEqual(other, ["Something else.", "Unknown."]);
  });

  it("survives an errors value that is not an object", () => {
    assert.deepEqual(fieldErrorsOf(null), { fields: {}, other: [] });
    assert.deepEqual(fieldErrorsOf(["a"]), { fields: {}, other: [] });
    assert.deepEqual(fieldErrorsOf("bad"), { fields: {}, other: [] });
  });

  it("shows errors beside the fields on screen and lists the others above, in form order", () => {
    const { beside, above } = splitByShown(
      { token: ["Expired."], email: ["Bad."], travel_date: ["In the past."], name: ["Empty."] },
      ["name", "email", "party_size"],
    );
    assert.deepEqual(beside, { name: ["Empty."], email: ["Bad."] });
    assert.deepEqual(above, [
      { field: "travel_date", message: "In the past." },
      { field: "token", message: "Expired." },
    ]);
  });

  const values = emptyValues({ name: "Ana", message: "Hello", token: "old" });

  it("is done (null) once the API has received the enquiry", () => {
    assert.equal(stateAfter(values, { kind: "received" }), null);
  });

  it("turns a 400 into field errors, keeping the text and the token", () => {
    const state = stateAfter(values, {
      kind: "refused",
      status: 400,
      body: { message: "Please correct the errors.", errors: { email: ["Enter a valid email."] } },
      retryAfter: null,
    });
    assert.ok(state);
    assert.equal(state.status, "invalid");
    assert.deepEqual(state.errors, { email: ["Enter a valid email."] });
    assert.equal(state.message, "Please correct the errors.");
    assert.equal(state.values.message, "Hello");
    assert.equal(state.renewToken, false);
  });

  it("asks for a fresh token when the API refused the one sent", () => {
    const state = stateAfter(values, {
      kind: "refused",
      status: 400,
      body: { message: "Invalid form.", errors: { token: ["The form has expired."] } },
      retryAfter: null,
    });
    assert.equal(state?.renewToken, true);
  });

  it("shows a 400 without field errors as its message", () => {
    const state = stateAfter(values, {
      kind: "refused",
      status: 400,
      body: { message: "Malformed JSON." },
      retryAfter: null,
    });
    assert.equal(state?.status, "invalid");
    assert.equal(state?.message, "Malformed JSON.");
    assert.deepEqual(state?.errors, {});
  });

  it("explains 429 with the wait, 413, 5xx and a network failure, text kept", () => {
    const busy = stateAfter(values, {
      kind: "refused",
      status: 429,
      body: { message: "Slow down", param: null },
      retryAfter: "120",
    });
    assert.equal(busy?.status, "failed");
    assert.match(busy?.message ?? "", /too many/i);
    assert.match(busy?.message ?? "", /in about 2 minutes/);
    const large = stateAfter(values, {
      kind: "refused",
      status: 413,
      body: null,
      retryAfter: null,
    });
    assert.match(large?.message ?? "", /too long/);
    const down = stateAfter(values, { kind: "unavailable" });
    assert.equal(down?.status, "failed");
    assert.match(down?.message ?? "", /not answering/);
    const odd = stateAfter(values, { kind: "refused", status: 404, body: null, retryAfter: null });
    assert.match(odd?.message ?? "", /404/);
    for (const state of [busy, large, down, odd]) assert.equal(state?.values, values);
  });

  it("writes Retry-After as words", () => {
    assert.equal(retryAfterText("30"), "in a minute");
    assert.equal(retryAfterText("600"), "in about 10 minutes");
    assert.equal(retryAfterText("7200"), "in about 2 hours");
    const now = Date.parse("2026-06-01T10:00:00Z");
    assert.equal(retryAfterText("Mon, 01 Jun 2026 10:05:00 GMT", now), "in about 5 minutes");
    assert.equal(retryAfterText(null), "later");
    assert.equal(retryAfterText("soon"), "later");
  });

  it("starts empty but for what the page fills in", () => {
    const state = initialState({ itinerary: "8", token: "t" });
    assert.equal(state.status, "editing");
    assert.equal(state.message, null);
    assert.equal(state.values.itinerary, "8");
    assert.equal(state.values.consent, false);
  });

  it("sends the visitor to the thank-you page naming the trip", () => {
    assert.equal(thanksPath(8), "/enquiry/thanks/?itinerary=8");
    assert.equal(thanksPath(null), "/enquiry/thanks/");
  });
});
