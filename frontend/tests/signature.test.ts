import { createHmac } from "node:crypto";
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { parseRevalidateBody } from "@/lib/revalidate";
import { sign, verifySignature } from "@/lib/signature";

const secret = "dev-revalidate-secret";
const body = '{"paths": ["/lares/trek-4-days/", "/lares/", "/"]}';
const timestamp = "1700000000";

describe("revalidation signature", () => {
  it('matches Python\'s hmac.new(secret, f"{timestamp}.{body}", sha256).hexdigest()', () => {
    const hex = createHmac("sha256", secret).update(`${timestamp}.${body}`).digest("hex");
    assert.equal(sign(timestamp, body, secret), `sha256=${hex}`);
  });

  it("accepts the right signature, for text or raw bytes", () => {
    const header = sign(timestamp, body, secret);
    assert.equal(verifySignature(timestamp, body, header, secret), true);
    assert.equal(verifySignature(timestamp, new TextEncoder().encode(body), header, secret), true);
    assert.equal(
      verifySignature(timestamp, body, header.toUpperCase().replace("SHA256=", "sha256="), secret),
      true,
    );
  });

  it("refuses a missing, malformed, truncated or differently keyed signature", () => {
    const header = sign(timestamp, body, secret);
    assert.equal(verifySignature(timestamp, body, null, secret), false);
    assert.equal(verifySignature(timestamp, body, "", secret), false);
    assert.equal(verifySignature(timestamp, body, header.replace("sha256=", ""), secret), false);
    assert.equal(verifySignature(timestamp, body, header.slice(0, -1), secret), false);
    const otherKey = sign(timestamp, body, "another-secret");
    assert.equal(verifySignature(timestamp, body, otherKey, secret), false);
    assert.equal(verifySignature(timestamp, body, header, ""), false);
  });

  it("refuses a body changed after signing, even by one space", () => {
    const header = sign(timestamp, body, secret);
    assert.equal(verifySignature(timestamp, body.replace(", ", ","), header, secret), false);
  });

  it("refuses the signature under another timestamp", () => {
    const header = sign(timestamp, body, secret);
    assert.equal(verifySignature("1700000001", body, header, secret), false);
    assert.equal(verifySignature("", body, header, secret), false);
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
