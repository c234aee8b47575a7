import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { cleanOperator, telHref, websiteHref, websiteLabel } from "@/lib/operator";

describe("operator contact", () => {
  it("keeps the strings, trimmed, and makes anything else empty", () => {
    assert.deepEqual(
      cleanOperator({ name: " Lares Treks ", email: "info@lares.example", phone: 51 }),
      {
        name: "Lares Treks",
        email: "info@lares.example",
        phone: "",
        website: "",
        address: "",
      },
    );
    assert.deepEqual(cleanOperator(null), {
      name: "",
      email: "",
      phone: "",
      website: "",
      address: "",
    });
  });

  it("dials the digits of a phone number", () => {
    assert.equal(telHref("+51 (84) 123-456"), "tel:+5184123456");
    assert.equal(telHref("084 123 456"), "tel:084123456");
    assert.equal(telHref("ask at the desk"), null);
  });

  it("links only to web addresses", () => {
    assert.equal(websiteHref("https://lares.example/"), "https://lares.example/");
    assert.equal(websiteHref("lares.example"), "https://lares.example/");
    assert.equal(websiteHref("javascript:alert(1)"), null);
    assert.equal(websiteHref(""), null);
    assert.equal(websiteLabel("https://www.lares.example/"), "www.lares.example");
  });
});
