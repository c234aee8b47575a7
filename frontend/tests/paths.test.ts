import assert from "node:assert/strict";
import { describe, it } from "node:test";
import {
  looksLikeFile,
  needsTrailingSlash,
  normalizePath,
  pageTag,
  pathFromSegments,
  redirectTarget,
  samePath,
} from "@/lib/paths";

describe("pathFromSegments", () => {
  it("makes Wagtail paths from the catch-all's segments", () => {
    assert.equal(pathFromSegments(undefined), "/");
    assert.equal(pathFromSegments([]), "/");
    assert.equal(pathFromSegments(["lares", "trek-4-days"]), "/lares/trek-4-days/");
  });

  it("decodes escaped segments and survives malformed escapes", () => {
    assert.equal(pathFromSegments(["caf%C3%A9"]), "/café/");
    assert.equal(pathFromSegments(["100%"]), "/100%/");
  });
});

describe("normalizePath", () => {
  it("adds the slashes and drops repeats, queries and fragments", () => {
    assert.equal(normalizePath("lares"), "/lares/");
    assert.equal(normalizePath("//lares//trek-4-days"), "/lares/trek-4-days/");
    assert.equal(normalizePath("/faq/?q=1#x"), "/faq/");
    assert.equal(normalizePath(""), "/");
  });

  it("compares paths in that form", () => {
    assert.equal(samePath("/lares", "/lares/"), true);
    assert.equal(samePath("/lares/", "/faq/"), false);
    assert.equal(samePath(null, "/"), false);
  });

  it("tags cached answers by normalised path", () => {
    assert.equal(pageTag("/lares"), "page:/lares/");
  });
});

describe("redirectTarget", () => {
  it("allows site paths and http(s) URLs", () => {
    assert.equal(redirectTarget("/lares/trek-4-days/"), "/lares/trek-4-days/");
    assert.equal(redirectTarget("https://example.org/x"), "https://example.org/x");
  });

  it("refuses protocol-relative, script and empty targets", () => {
    assert.equal(redirectTarget("//evil.example/"), null);
    assert.equal(redirectTarget("/\\evil.example/"), null);
    assert.equal(redirectTarget("javascript:alert(1)"), null);
    assert.equal(redirectTarget(""), null);
    assert.equal(redirectTarget(null), null);
  });
});

describe("needsTrailingSlash", () => {
  it("is true for page paths without the slash only", () => {
    assert.equal(needsTrailingSlash("/lares"), true);
    assert.equal(needsTrailingSlash("/lares/trek-4-days"), true);
    assert.equal(needsTrailingSlash("/lares/"), false);
    assert.equal(needsTrailingSlash("/"), false);
  });

  it("leaves route handlers and files alone", () => {
    assert.equal(needsTrailingSlash("/api/revalidate"), false);
    assert.equal(needsTrailingSlash("/api/preview"), false);
    assert.equal(needsTrailingSlash("/_next/static/chunks/a.js"), false);
    assert.equal(needsTrailingSlash("/favicon.ico"), false);
    assert.equal(needsTrailingSlash("/robots.txt"), false);
  });
});

describe("looksLikeFile", () => {
  it("tells file names from page paths", () => {
    assert.equal(looksLikeFile("/favicon.ico"), true);
    assert.equal(looksLikeFile("/favicon.ico/"), true);
    assert.equal(looksLikeFile("/media/x.width-480.jpg"), true);
    assert.equal(looksLikeFile("/lares/trek-4-days/"), false);
    assert.equal(looksLikeFile("/"), false);
  });
});
