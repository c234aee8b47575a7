// "Request information" without JavaScript: departures table, a refused email shown beside its
// field with the text kept, the corrected enquiry sent, the thank-you page; then the editor finds
// the enquiry in the admin's inbox and in its CSV export.
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import AxeBuilder from "@axe-core/playwright";
import {
  DJANGO,
  FRONTEND,
  TREK_PATH,
  launchBrowser,
  logInToAdmin,
  pageId,
  screenshot,
} from "./support.mjs";

const INBOX = `${DJANGO}/admin/snippets/guide_enquiries/enquiry/`;

let browser;
before(async () => {
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
});

/** The seconds the API wants between showing the form and receiving it. */
async function minSeconds() {
  const response = await fetch(`${DJANGO}/api/v3/guide/enquiries/form/`);
  assert.equal(response.status, 200, "the enquiry form endpoint answers");
  return (await response.json()).min_seconds;
}

/** Waits until `seconds` (plus a margin) have passed since `since` (ms). */
async function waitSince(since, seconds) {
  const left = since + seconds * 1000 + 750 - Date.now();
  if (left > 0) await new Promise((resolve) => setTimeout(resolve, left));
}

const stamp = Date.now();
const visitor = {
  name: `E2E Walker ${stamp}`,
  email: `walker+${stamp}@example.com`,
  message: `Enquiry ${stamp}: could we add a night in Lares before the pass?`,
};

test("enquiry (no JS): departures, a refused email kept in the form, then the thank-you page; the editor finds it and exports it", async () => {
  const wait = await minSeconds();
  const context = await browser.newContext({
    javaScriptEnabled: false,
    viewport: { width: 1280, height: 900 },
  });
  const page = await context.newPage();

  const response = await page.goto(`${FRONTEND}${TREK_PATH}`);
  assert.equal(response.status(), 200);
  const table = page.locator("#departures table");
  assert.ok(await table.isVisible(), "the departures table is shown");
  assert.ok((await table.locator("tbody tr").count()) > 0, "it has departures");
  assert.match(await table.textContent(), /of \d+ left|on request|full/);
  assert.match(await table.textContent(), /\$\d/, "prices are shown");
  const cancelled = table.locator("tr.departure--cancelled");
  if (await cancelled.count()) {
    assert.match(await cancelled.first().textContent(), /Cancelled/);
    assert.equal(await cancelled.first().locator("a").count(), 0, "a cancelled one has no link");
  }
  await screenshot(page, "departures", { element: page.locator("#departures") });

  // Choose a date in the table: the form opens with it.
  const choose = table.locator("a.departure__enquire").first();
  const departureRow = choose.locator("xpath=ancestor::tr");
  const departureId = await departureRow.getAttribute("data-departure");
  await Promise.all([page.waitForURL(/[?&]departure=\d+#enquire$/), choose.click()]);
  const loadedAt = Date.now();
  assert.match(page.url(), new RegExp(`departure=${departureId}#enquire$`));
  const form = page.locator("form.enquiry");
  assert.equal(await form.locator('input[name="departure"]').inputValue(), departureId);
  assert.equal(
    await form.locator('input[name="itinerary"]').inputValue(),
    String(await pageId(TREK_PATH)),
  );
  assert.match(await form.locator(".enquiry__departure").textContent(), /departure of/);

  // The honeypot is out of sight, out of the tab order and hidden from assistive technology.
  const trap = form.locator('input[name="website"]');
  assert.equal(await trap.getAttribute("tabindex"), "-1");
  assert.equal(await trap.getAttribute("autocomplete"), "off");
  assert.equal(await form.locator(".enquiry__trap").getAttribute("aria-hidden"), "true");
  assert.equal(await trap.isVisible(), true, "in the layout, but off screen");
  const box = await trap.boundingBox();
  assert.ok(box && box.x + box.width <= 0, "placed off screen");

  await page.fill("#enquiry-name", visitor.name);
  await page.fill("#enquiry-email", "not-an-email");
  await page.fill("#enquiry-party-size", "2");
  await page.fill("#enquiry-message", visitor.message);
  await page.selectOption("#enquiry-heard-from", "friend");
  await page.check("#enquiry-consent");
  await waitSince(loadedAt, wait);
  await Promise.all([page.waitForLoadState("load"), form.locator("button[type=submit]").click()]);
  await page.waitForSelector("#enquiry-email-error");

  // Back on the itinerary, at the form, with the error beside the email and nothing lost.
  const url = new URL(page.url());
  assert.equal(url.pathname, TREK_PATH);
  assert.equal(url.hash, "#enquire");
  const email = page.locator("#enquiry-email");
  assert.equal(await email.getAttribute("aria-invalid"), "true");
  assert.match(await email.getAttribute("aria-describedby"), /\benquiry-email-error\b/);
  assert.match(await page.locator("#enquiry-email-error").textContent(), /email/i);
  assert.equal(await email.inputValue(), "not-an-email");
  assert.equal(await page.locator("#enquiry-name").inputValue(), visitor.name);
  assert.equal(await page.locator("#enquiry-message").inputValue(), visitor.message);
  assert.equal(await page.locator("#enquiry-party-size").inputValue(), "2");
  assert.equal(await page.locator("#enquiry-heard-from").inputValue(), "friend");
  assert.equal(await page.locator("#enquiry-consent").isChecked(), true);
  assert.equal(
    await page.locator('form.enquiry input[name="departure"]').inputValue(),
    departureId,
  );
  assert.equal(await page.locator("#enquiry-message").getAttribute("aria-invalid"), null);
  const summary = page.locator(".form-message");
  assert.ok(await summary.isVisible(), "a message above the form");
  assert.equal(await summary.locator('a[href="#enquiry-email"]').count(), 1);
  await screenshot(page, "enquiry-error", { element: page.locator("#enquire") });

  await page.fill("#enquiry-email", visitor.email);
  await Promise.all([
    page.waitForURL(/\/enquiry\/thanks\//),
    page.locator("form.enquiry button[type=submit]").click(),
  ]);
  const thanks = new URL(page.url());
  assert.equal(thanks.searchParams.get("itinerary"), String(await pageId(TREK_PATH)));
  assert.match(await page.locator("h1").textContent(), /Thank you/);
  assert.ok(
    await page.locator(`main a[href="${TREK_PATH}"]`).first().isVisible(),
    "names the trip",
  );
  assert.match(
    (await page.locator('meta[name="robots"]').getAttribute("content")) ?? "",
    /noindex/,
  );
  await screenshot(page, "enquiry-thanks");
  await context.close();

  // The editor's inbox.
  const admin = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await logInToAdmin(admin);
  await admin.goto(`${INBOX}?q=${encodeURIComponent(String(stamp))}`);
  const row = admin.locator("table tbody tr", { hasText: visitor.email });
  assert.equal(await row.count(), 1, "the enquiry is in the inbox");
  assert.match(await row.textContent(), new RegExp(visitor.name));
  await screenshot(admin, "admin-enquiries");
  await Promise.all([admin.waitForLoadState("load"), row.locator("a").first().click()]);
  assert.match(await admin.locator("main").textContent(), new RegExp(visitor.message.slice(0, 40)));
  await screenshot(admin, "admin-enquiry");

  const csv = await admin.request.get(`${INBOX}?export=csv`);
  assert.equal(csv.status(), 200);
  assert.match(csv.headers()["content-type"] ?? "", /csv/);
  const text = await csv.text();
  assert.ok(text.includes(visitor.email), "the CSV export has the enquiry");
  assert.ok(text.includes(visitor.message), "with its message");
  await admin.close();
});

test("enquiry (JS): the same errors render without a reload, accessible and within the CSP", async () => {
  const wait = await minSeconds();
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const violations = [];
  page.on("console", (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) violations.push(message.text());
  });
  await page.goto(`${FRONTEND}${TREK_PATH}#enquire`, { waitUntil: "networkidle" });
  const loadedAt = Date.now();
  await page.fill("#enquiry-name", "Script Walker");
  await page.fill("#enquiry-email", "still-not-an-email");
  await page.fill("#enquiry-party-size", "40");
  await page.fill("#enquiry-message", "Typed with scripts on.");
  await waitSince(loadedAt, wait);
  const navigations = [];
  page.on("framenavigated", (frame) => {
    if (frame === page.mainFrame()) navigations.push(frame.url());
  });
  await page.locator("form.enquiry button[type=submit]").click();
  await page.waitForSelector("#enquiry-email-error");
  assert.deepEqual(navigations, [], "no page load: React rendered the action's state");
  assert.equal(await page.locator("#enquiry-message").inputValue(), "Typed with scripts on.");
  assert.equal(await page.locator("#enquiry-party-size").getAttribute("aria-invalid"), "true");
  assert.equal(await page.locator("#enquiry-consent").getAttribute("aria-invalid"), "true");
  assert.equal(
    await page.evaluate(() => document.activeElement?.id),
    "enquiry-problem",
    "focus moves to the message above the form",
  );

  const results = await new AxeBuilder({ page }).include("#enquire").analyze();
  const blocking = results.violations.filter(
    (v) => v.impact === "serious" || v.impact === "critical",
  );
  assert.deepEqual(
    blocking.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`),
    [],
  );
  assert.deepEqual(violations, []);
  await screenshot(page, "enquiry-error-js", { element: page.locator("#enquire") });
  await context.close();
});
