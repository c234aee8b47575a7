// HTTP behaviour a browser or crawler relies on: 404s, trailing slashes, editors' redirects,
// metadata, and the revalidation webhook's checks.
import assert from "node:assert/strict";
import { createHmac } from "node:crypto";
import { request as httpRequest } from "node:http";
import { after, before, test } from "node:test";
import {
  DJANGO,
  FRONTEND,
  TREK_PATH,
  launchBrowser,
  logInToAdmin,
  pageId,
  screenshot,
} from "./support.mjs";

const SECRET = process.env.GUIDE_REVALIDATE_SECRET || "dev-revalidate-secret";
const get = (path) => fetch(`${FRONTEND}${path}`, { redirect: "manual" });

/** The headers Django sends: the timestamp and the HMAC of "<timestamp>.<body>". */
function signedHeaders(body, timestamp = Math.floor(Date.now() / 1000)) {
  const signature = createHmac("sha256", SECRET).update(`${timestamp}.${body}`).digest("hex");
  return { "X-Guide-Timestamp": String(timestamp), "X-Guide-Signature": `sha256=${signature}` };
}

function postWebhook(body, headers = {}) {
  return fetch(`${FRONTEND}/api/revalidate`, {
    method: "POST",
    headers: { "Content-Type": "application/json", ...headers },
    body,
    redirect: "manual",
  });
}

/** Creates a redirect in the Wagtail admin unless the API already knows it. */
async function ensureRedirect(page, oldPath, fields) {
  const known = await fetch(
    `${DJANGO}/api/v3/guide/redirects/?path=${encodeURIComponent(oldPath)}`,
  );
  if (known.ok) return;
  await page.goto(`${DJANGO}/admin/redirects/add/`);
  await page.fill("#id_old_path", oldPath);
  await page.setChecked("#id_is_permanent", fields.permanent);
  if (fields.pageId) {
    await page.evaluate((id) => {
      document.querySelector("#id_redirect_page").value = String(id);
    }, fields.pageId);
  }
  if (fields.link) await page.fill("#id_redirect_link", fields.link);
  await Promise.all([
    page.waitForURL(/\/admin\/redirects\/$/),
    page.locator('button[type="submit"]', { hasText: "Create" }).click(),
  ]);
}

let browser;
before(async () => {
  browser = await launchBrowser();
  const page = await browser.newPage();
  await logInToAdmin(page);
  await ensureRedirect(page, "/old-four-day-trek/", {
    permanent: true,
    pageId: await pageId(TREK_PATH),
  });
  await ensureRedirect(page, "/winter-advice/", { permanent: false, link: `${FRONTEND}/faq/` });
  await page.close();
});
after(async () => {
  await browser?.close();
});

test("routing: an unknown path answers 404 with the site's not-found page", async () => {
  const response = await get("/no-such-page/");
  assert.equal(response.status, 404);
  assert.match(await response.text(), /Page not found/);
  const page = await browser.newPage();
  await page.goto(`${FRONTEND}/no-such-page/`);
  await screenshot(page, "not-found");
  await page.close();
});

test("routing: a page path without its trailing slash is sent to the Wagtail path (308)", async () => {
  const response = await get("/lares/trek-4-days");
  assert.equal(response.status, 308);
  assert.equal(new URL(response.headers.get("location"), FRONTEND).pathname, TREK_PATH);
});

test("routing: an editor's permanent redirect answers 301 to the page, a temporary one 302", async () => {
  const permanent = await get("/old-four-day-trek/");
  assert.equal(permanent.status, 301);
  assert.equal(new URL(permanent.headers.get("location"), FRONTEND).pathname, TREK_PATH);
  const temporary = await get("/winter-advice/");
  assert.equal(temporary.status, 302);
  assert.equal(new URL(temporary.headers.get("location"), FRONTEND).pathname, "/faq/");
});

test("metadata: the itinerary has its title, canonical URL, OpenGraph image and JSON-LD", async () => {
  const html = await (await get(TREK_PATH)).text();
  const head = html.slice(0, html.indexOf("</head>"));
  assert.match(head, /<title>[^<]+<\/title>/);
  assert.match(head, /<meta name="description" content="[^"]+"/);
  assert.match(head, new RegExp(`<link rel="canonical" href="https?://[^"]+${TREK_PATH}"`));
  assert.match(head, /<meta property="og:image" content="https?:\/\/[^"]+"/);
  const ld = html.match(/<script type="application\/ld\+json"[^>]*>([\s\S]*?)<\/script>/);
  assert.ok(ld, "a JSON-LD script is on the page");
  assert.doesNotThrow(() => JSON.parse(ld[1]));
});

test("revalidate: refuses a bad signature (401) and bad JSON (400), accepts a signed body (200)", async () => {
  const body = JSON.stringify({ paths: [TREK_PATH, "/lares/", "/"] });

  assert.equal((await postWebhook(body)).status, 401);
  assert.equal((await postWebhook(body, signedHeaders("something else"))).status, 401);
  assert.equal((await postWebhook("{not json", signedHeaders("{not json"))).status, 400);

  const ok = await postWebhook(body, signedHeaders(body));
  assert.equal(ok.status, 200);
  assert.deepEqual(await ok.json(), { revalidated: [TREK_PATH, "/lares/", "/"] });
});

test("revalidate: a stale timestamp and a replayed request are refused (401)", async () => {
  const body = JSON.stringify({ paths: ["/faq/"] });
  const now = Math.floor(Date.now() / 1000);
  assert.equal((await postWebhook(body, signedHeaders(body, now - 6 * 60))).status, 401);
  assert.equal((await postWebhook(body, signedHeaders(body, now + 6 * 60))).status, 401);
  // Without a timestamp header the signature of the bare body proves nothing.
  const bare = `sha256=${createHmac("sha256", SECRET).update(body).digest("hex")}`;
  assert.equal((await postWebhook(body, { "X-Guide-Signature": bare })).status, 401);

  const headers = signedHeaders(body, now - 1);
  assert.equal((await postWebhook(body, headers)).status, 200);
  const replay = await postWebhook(body, headers);
  assert.equal(replay.status, 401);
  assert.match((await replay.json()).message, /received before/);
});

test("revalidate: a 10 MB unsigned body is refused with 413 before it is read", async () => {
  // node:http rather than fetch, and the body only begun: the server must answer from the
  // headers alone. Sending all of it would race the server closing the connection, and a
  // reset can arrive before the answer does.
  const size = 10 * 1024 * 1024;
  const started = Date.now();
  const status = await new Promise((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error("no answer while the body was coming")),
      10_000,
    );
    const request = httpRequest(`${FRONTEND}/api/revalidate`, {
      method: "POST",
      headers: { "Content-Type": "application/json", "Content-Length": String(size) },
    });
    request.on("response", (response) => {
      clearTimeout(timer);
      response.resume();
      resolve(response.statusCode);
      request.destroy();
    });
    request.on("error", (error) => {
      if (error.code !== "EPIPE" && error.code !== "ECONNRESET") reject(error);
    });
    request.write(Buffer.alloc(64 * 1024, 0x20));
  });
  assert.equal(status, 413);
  console.log(`# 413 after ${Date.now() - started} ms`);
});
