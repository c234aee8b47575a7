// An editor publishes in the Wagtail admin; Django's signed webhook makes the change visible.
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import {
  FRONTEND,
  TREK_PATH,
  editTitle,
  launchBrowser,
  logInToAdmin,
  pageId,
  poll,
  publicHeading,
  screenshot,
} from "./support.mjs";

let browser;
before(async () => {
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
});

test("editor: a title published in the admin shows on the site within 10 s", async () => {
  // Warm the cache first, so the change can only come through the webhook.
  assert.ok(await publicHeading(TREK_PATH));
  const title = `Lares Trek in 4 Days (edited ${Date.now()})`;

  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await logInToAdmin(page);
  await editTitle(page, await pageId(TREK_PATH), title);
  await page.locator("footer .w-dropdown__toggle").click();
  await Promise.all([
    page.waitForURL((url) => !url.pathname.endsWith("/edit/")),
    page.locator('footer button[name="action-publish"]').click(),
  ]);
  await screenshot(page, "admin-published");

  const { value, elapsedMs } = await poll(async () => (await publicHeading(TREK_PATH)) === title);
  assert.ok(
    value,
    `the new title did not show within 10 s (still "${await publicHeading(TREK_PATH)}")`,
  );
  console.log(`# the new title showed after ${elapsedMs} ms`);

  const visitor = await browser.newPage();
  await visitor.goto(`${FRONTEND}${TREK_PATH}`);
  assert.equal(await visitor.locator("h1").textContent(), title);
  await screenshot(visitor, "itinerary-after-publish");
  await page.close();
  await visitor.close();
});
