// The site is server-rendered: with JavaScript off the itinerary is whole.
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { FRONTEND, TREK_PATH, launchBrowser, screenshot } from "./support.mjs";

let browser;
before(async () => {
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
});

test("no-JS: the 4-day itinerary shows every day and the elevation profile without JavaScript", async () => {
  const context = await browser.newContext({
    javaScriptEnabled: false,
    viewport: { width: 390, height: 844 },
  });
  const page = await context.newPage();
  const response = await page.goto(`${FRONTEND}${TREK_PATH}`);
  assert.equal(response.status(), 200);
  assert.equal(await page.locator("article.day").count(), 4);
  for (let n = 1; n <= 4; n += 1) {
    assert.ok(await page.locator(`#day-${n}`).isVisible(), `day ${n} is shown`);
  }
  assert.ok(await page.locator("svg.elevation__svg").isVisible());
  assert.ok(
    (await page.locator("svg.elevation__svg path.elevation__line").getAttribute("d")).startsWith(
      "M",
    ),
  );
  // Native <details> still opens without scripts.
  const faq = page.locator("details.faq").first();
  await faq.locator("summary").click();
  assert.notEqual(await faq.getAttribute("open"), null);
  await screenshot(page, "itinerary-no-js-mobile");
  await context.close();
});
