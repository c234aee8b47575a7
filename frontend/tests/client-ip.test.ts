import { createHmac } from "node:crypto";
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { clientIp, normalizeIp } from "@/lib/client-ip";
import { signClientIp } from "@/lib/signature";

describe("the visitor's address", () => {
  it("is the entry the nearest proxy appended, not what the client sent", () => {
    const headers = new Headers({ "x-forwarded-for": "10.9.9.9, 203.0.113.7" });
    assert.equal(clientIp(headers), "203.0.113.7");
    assert.equal(clientIp(new Headers({ "x-forwarded-for": " 2001:DB8::1 " })), "2001:db8::1");
  });

  it("is none without the header or with junk in it", () => {
    assert.equal(clientIp(new Headers()), null);
    assert.equal(clientIp(new Headers({ "x-forwarded-for": "10.0.0.1, unknown" })), null);
    assert.equal(clientIp(new Headers({ "x-forwarded-for": "" })), null);
  });

  it("unwraps IPv4-mapped addresses, brackets and ports", () => {
    assert.equal(normalizeIp("::ffff:127.0.0.1"), "127.0.0.1");
    assert.equal(normalizeIp("[2001:db8::1]:443"), "2001:db8::1");
    assert.equal(normalizeIp("203.0.113.7:51234"), "203.0.113.7");
    assert.equal(normalizeIp("::1"), "::1");
    assert.equal(normalizeIp("999.1.1.1"), null);
  });

  it("is signed as Python's hmac.new(secret, ip, sha256).hexdigest()", () => {
    const expected = createHmac("sha256", "s3cret").update("203.0.113.7").digest("hex");
    assert.equal(signClientIp("203.0.113.7", "s3cret"), expected);
    assert.match(signClientIp("::1", "s3cret"), /^[0-9a-f]{64}$/);
  });
});
