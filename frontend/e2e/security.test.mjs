// Security and cache headers: a per-response CSP nonce on every script, no framing but the
// admin's preview frame, and Cache-Control that lets a CDN keep public pages, never previews.
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { DJANGO, FRONTEND, TREK_PATH, launchBrowser, logInToAdmin, pageId } from "./support.mjs";

const get = (path, init = {}) => fetch(`${FRONTEND}${path}`, { redirect: "manual", ...init });

function directives(csp) {
  return new Map(
    (csp ?? "").split(";").map((part) => {
      const [name, ...values] = part.trim().split(/\s+/);
      return [name, values.join(" ")];
    }),
  );
}

function assertBaseHeaders(response, what) {
  assert.equal(response.headers.get("x-content-type-options"), "nosniff", what);
  assert.equal(response.headers.get("referrer-policy"), "strict-origin-when-cross-origin", what);
  // scripts/frontend-test serves with `next start`: production, so HSTS is on.
  assert.match(response.headers.get("strict-transport-security") ?? "", /max-age=\d+/, what);
  assert.ok(response.headers.get("content-security-policy"), `${what}: a CSP`);
}

let browser;
before(async () => {
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
});

test("headers: a page has a nonce CSP that every script, JSON-LD included, carries", async () => {
  const first = await get(TREK_PATH);
  assert.equal(first.status, 200);
  assertBaseHeaders(first, "page");
  assert.equal(first.headers.get("x-frame-options"), "DENY");
  const csp = directives(first.headers.get("content-security-policy"));
  const nonce = csp.get("script-src").match(/'nonce-([^']+)'/)?.[1];
  assert.ok(nonce, "script-src has a nonce");
  assert.match(csp.get("script-src"), /'strict-dynamic'/);
  assert.doesNotMatch(csp.get("script-src"), /unsafe-inline|unsafe-eval/);
  assert.equal(csp.get("frame-ancestors"), "'none'");
  assert.equal(csp.get("object-src"), "'none'");

  const html = await first.text();
  const scripts = html.match(/<script\b[^>]*>/g) ?? [];
  assert.ok(scripts.length > 0);
  for (const tag of scripts) assert.ok(tag.includes(`nonce="${nonce}"`), tag);
  assert.ok(
    scripts.some((tag) => tag.includes('type="application/ld+json"')),
    "the JSON-LD script is there, with the nonce",
  );

  const second = await get(TREK_PATH);
  const again = directives(second.headers.get("content-security-policy"));
  assert.notEqual(again.get("script-src"), csp.get("script-src"), "a new nonce per response");
});

test("headers: the page runs in Chromium without a single CSP violation", async () => {
  const page = await browser.newPage();
  const violations = [];
  page.on("console", (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) violations.push(message.text());
  });
  await page.exposeFunction("reportViolation", (text) => violations.push(text));
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (event) =>
      window.reportViolation(`${event.violatedDirective}: ${event.blockedURI}`),
    );
  });
  for (const path of ["/", TREK_PATH, "/no-such-page/"]) {
    await page.goto(`${FRONTEND}${path}`, { waitUntil: "networkidle" });
  }
  // Images come from Django (GUIDE_API_URL's origin) and are allowed by img-src.
  assert.ok(
    await page.evaluate(() => [...document.images].every((image) => image.naturalWidth > 0)),
  );
  assert.deepEqual(violations, []);
  await page.close();
});

test("headers: public pages are cacheable by a CDN, a preview is private", async () => {
  for (const path of ["/", TREK_PATH]) {
    const response = await get(path);
    assert.equal(
      response.headers.get("cache-control"),
      "public, s-maxage=60, stale-while-revalidate=86400",
      path,
    );
  }
  const preview = await get(`${TREK_PATH}?preview=forged`);
  const cacheControl = preview.headers.get("cache-control") ?? "";
  assert.match(cacheControl, /\bprivate\b/);
  assert.match(cacheControl, /\bno-store\b/);
});

test("headers: route handlers and Next's files are covered too", async () => {
  const webhook = await fetch(`${FRONTEND}/api/revalidate`, { method: "POST", body: "{}" });
  assert.equal(webhook.status, 401);
  assertBaseHeaders(webhook, "webhook");
  assert.match(webhook.headers.get("content-security-policy"), /default-src 'none'/);

  const forged = await get("/api/preview?token=forged");
  assertBaseHeaders(forged, "preview error");
  const html = await forged.text();
  const nonce = directives(forged.headers.get("content-security-policy"))
    .get("style-src")
    .match(/'nonce-([^']+)'/)?.[1];
  assert.ok(
    nonce && html.includes(`<style nonce="${nonce}">`),
    "the error page's style is nonce'd",
  );

  const page = await (await get("/")).text();
  const asset = page.match(/\/_next\/static\/[^"]+\.js/)?.[0];
  assert.ok(asset, "a script of Next's");
  const file = await get(asset);
  assert.equal(file.status, 200);
  assertBaseHeaders(file, "static file");
});

test("headers: only the admin's origin may frame a preview; nobody may frame a public page", async () => {
  // The stand-in admin page below is served by the test, which Chromium counts as a public
  // address; its Local Network Access checks would then block any frame of 127.0.0.1 and hide
  // what the site's own headers do.
  const framing = await launchBrowser(["--disable-features=LocalNetworkAccessChecks"]);
  const context = await framing.newContext();
  const page = await context.newPage();
  const refusals = [];
  page.on("console", (message) => {
    if (/frame-ancestors|X-Frame-Options/i.test(message.text())) refusals.push(message.text());
  });
  // A page on Django's origin standing in for the admin's preview panel.
  const framer = `${DJANGO}/__frame-check__/`;
  let framed = `${FRONTEND}${TREK_PATH}`;
  await context.route(framer, (route) =>
    route.fulfill({
      contentType: "text/html",
      body: `<!doctype html><title>frame</title><iframe src="${framed}"></iframe>`,
    }),
  );
  /** The h1 of the site's page in the frame, or null when the browser refused to show it. */
  const framedHeading = async () => {
    await page.goto(framer);
    const frame = page.frames().find((f) => f !== page.mainFrame());
    await frame?.waitForLoadState().catch(() => {});
    if (!frame || (await frame.locator(".site-header").count()) === 0) return null;
    return frame.locator("h1").textContent();
  };

  assert.equal(await framedHeading(), null, "a public page refuses to be framed");
  assert.ok(refusals.length > 0, "refused by the site's framing headers");

  // Open the preview the way the admin does; its address (with the token) may be framed.
  await logInToAdmin(page);
  const response = await page.goto(
    `${DJANGO}/admin/pages/${await pageId(TREK_PATH)}/view_draft/?mode=frontend`,
  );
  const csp = directives(response.headers()["content-security-policy"]);
  assert.ok(csp.get("frame-ancestors").split(" ").includes(new URL(DJANGO).origin));
  assert.equal(response.headers()["x-frame-options"], undefined);
  assert.match(response.headers()["cache-control"], /private/);
  assert.match(response.headers()["cache-control"], /no-store/);
  framed = page.url();
  refusals.length = 0;
  assert.ok(await framedHeading(), "the admin's origin may frame the preview");
  assert.deepEqual(refusals, []);
  await framing.close();
});
