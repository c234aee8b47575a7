import { createHmac } from "node:crypto";
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { parseRevalidateBody } from "@/lib/revalidate";
import { sign, verifySignature } from "@/lib/signature";

const secret = "dev-revalidate-secret";
const body = '{"paths": ["/lares/trek-4-days/", "/lares/", "/"]}';

describe("revalidation signature", () => {
  it("matches Python's hmac.new(secret, body, sha256).hexdigest()", () => {
    const hex = createHmac("sha256", secret).update(body).digest("hex");
    assert.equal(sign(body, secret), `sha256=${hex}`);
  });

  it("accepts the right signature, for text or raw bytes", () => {
    const header = sign(body, secret);
    assert.equal(verifySignature(body, header, secret), true);
    assert.equal(verifySignature(new TextEncoder().encode(body), header, secret), true);
    assert.equal(
      verifySignature(body, header.toUpperCase().replace("SHA256=", "sha256="), secret),
      true,
    );
  });

  it("refuses a missing, malformed, truncated or differently keyed signature", () => {
    const header = sign(body, secret);
    assert.equal(verifySignature(body, null, secret), false);
    assert.equal(verifySignature(body, "", secret), false);
    assert.equal(verifySignature(body, header.replace("sha256=", ""), secret), false);
    assert.equal(verifySignature(body, header.slice(0, -1), secret), false);
    assert.equal(verifySignature(body, sign(body, "another-secret"), secret), false);
    assert.equal(verifySignature(body, header, ""), false);
  });

  it("refuses a body changed after signing, even by one space", () => {
    assert.equal(verifySignature(body.replace(", ", ","), sign(body, secret), secret), false);
  });
});

describe("revalidation body", () => {
  it("gives the normalised, distinct paths", () => {
    assert.deepEqual(
      parseRevalidateBody('{"paths": ["/lares/trek-4-days/", "/lares", "/lares/", "/"]}'),
      {
        ok: true,
        paths: ["/lares/trek-4-days/", "/lares/", "/"],
      },
    );
  });

  it("explains what is wrong with a bad body", () => {
    const invalid = parseRevalidateBody("not json");
    assert.equal(invalid.ok, false);
    assert.match(invalid.ok ? "" : invalid.message, /JSON/);
    for (const body of ["null", '{"paths": "/"}', '{"paths": ["lares/"]}', '{"paths": [1]}']) {
      assert.equal(parseRevalidateBody(body).ok, false, body);
    }
  });
});
