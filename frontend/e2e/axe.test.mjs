// Accessibility: axe finds no serious or critical violation on any page type.
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import AxeBuilder from "@axe-core/playwright";
import { FRONTEND, TREK_PATH, launchBrowser, screenshot } from "./support.mjs";

const PAGES = [
  ["home", "/"],
  ["itinerary", TREK_PATH],
  ["itinerary index", "/lares/"],
  ["destination", "/destinations/lares-valley/"],
  ["community", "/communities/huacahuasi/"],
  ["FAQ", "/faq/"],
  ["search", "/search/?max_days=3"],
  ["enquiry thanks", "/enquiry/thanks/"],
  ["not found", "/no-such-page/"],
];

let browser;
before(async () => {
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
});

for (const [name, path] of PAGES) {
  test(`axe: no serious or critical violations on the ${name} page (${path})`, async () => {
    // AxeBuilder needs a page made from an explicit context.
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${FRONTEND}${path}`);
    // Open every <details> so their content is checked too.
    await page.evaluate(() => document.querySelectorAll("details").forEach((d) => (d.open = true)));
    const results = await new AxeBuilder({ page }).analyze();
    const blocking = results.violations.filter(
      (v) => v.impact === "serious" || v.impact === "critical",
    );
    const report = blocking
      .map(
        (v) =>
          `${v.impact} ${v.id}: ${v.help}\n  ${v.nodes.map((n) => n.target.join(" ")).join("\n  ")}`,
      )
      .join("\n");
    await screenshot(page, `axe-${name.replace(/\s+/g, "-").toLowerCase()}`);
    await context.close();
    assert.equal(blocking.length, 0, report);
  });
}
