import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { originsOf } from "@/lib/config";
import {
  baseSecurityHeaders,
  contentSecurityPolicy,
  framingHeaders,
  newNonce,
  pageCacheControl,
} from "@/lib/security-headers";

const base = {
  nonce: "abc123",
  frameAncestors: [],
  imageOrigins: ["https://media.example"],
  production: true,
  https: true,
};

function directives(csp: string): Map<string, string> {
  return new Map(
    csp.split(";").map((part) => {
      const [name = "", ...values] = part.trim().split(/\s+/);
      return [name, values.join(" ")];
    }),
  );
}

describe("content security policy", () => {
  it("allows scripts only with the response's nonce, and no framing", () => {
    const csp = directives(contentSecurityPolicy(base));
    assert.equal(csp.get("script-src"), "'self' 'nonce-abc123' 'strict-dynamic'");
    assert.equal(csp.get("style-src"), "'self' 'nonce-abc123'");
    assert.equal(csp.get("frame-ancestors"), "'none'");
    assert.equal(csp.get("object-src"), "'none'");
    assert.equal(csp.get("base-uri"), "'self'");
    assert.equal(csp.get("img-src"), "'self' data: https://media.example");
    assert.ok(csp.has("upgrade-insecure-requests"));
    assert.doesNotMatch(contentSecurityPolicy(base), /unsafe-inline|unsafe-eval/);
  });

  it("lets the admin's origins frame a preview", () => {
    const csp = contentSecurityPolicy({
      ...base,
      frameAncestors: ["'self'", "https://admin.example"],
    });
    assert.equal(directives(csp).get("frame-ancestors"), "'self' https://admin.example");
    assert.deepEqual(framingHeaders(csp, true), { "Content-Security-Policy": csp });
    assert.equal(framingHeaders(csp, false)["X-Frame-Options"], "DENY");
  });

  it("does not upgrade requests on a plain-http site, and allows next dev its eval", () => {
    const csp = contentSecurityPolicy({ ...base, production: false, https: false });
    assert.ok(!directives(csp).has("upgrade-insecure-requests"));
    assert.match(directives(csp).get("script-src") ?? "", /'unsafe-eval'/);
  });

  it("makes a new nonce each time", () => {
    const nonces = new Set(Array.from({ length: 100 }, newNonce));
    assert.equal(nonces.size, 100);
    for (const nonce of nonces) assert.match(nonce, /^[A-Za-z0-9+/]{22}==$/);
  });
});

describe("headers on every response", () => {
  it("sends nosniff and the referrer policy always, HSTS only in production", () => {
    const names = (production: boolean) =>
      Object.fromEntries(baseSecurityHeaders(production).map(({ key, value }) => [key, value]));
    assert.deepEqual(names(false), {
      "X-Content-Type-Options": "nosniff",
      "Referrer-Policy": "strict-origin-when-cross-origin",
    });
    assert.match(names(true)["Strict-Transport-Security"] ?? "", /^max-age=\d{7,}/);
  });
});

describe("cache control", () => {
  it("lets a CDN keep a public page and never stores a preview", () => {
    const seconds = { sMaxAge: 60, staleWhileRevalidate: 86_400 };
    assert.equal(
      pageCacheControl(false, seconds),
      "public, s-maxage=60, stale-while-revalidate=86400",
    );
    assert.equal(pageCacheControl(true, seconds), "private, no-store");
  });
});

describe("origins", () => {
  it("takes the origin of each URL, and every spelling of a loopback host", () => {
    assert.deepEqual(originsOf("https://admin.example/cms/ https://cdn.example"), [
      "https://admin.example",
      "https://cdn.example",
    ]);
    assert.deepEqual(originsOf("http://127.0.0.1:8000"), [
      "http://127.0.0.1:8000",
      "http://localhost:8000",
    ]);
    assert.deepEqual(originsOf("not a url, javascript:alert(1)"), []);
  });
});
