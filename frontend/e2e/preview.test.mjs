// A draft stays private; the admin's "Visitor site" preview shows it on the real frontend.
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import {
  DJANGO,
  FRONTEND,
  TREK_PATH,
  editTitle,
  launchBrowser,
  logInToAdmin,
  pageId,
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

test("preview: a saved draft is not public, and the admin's preview link shows it", async () => {
  const id = await pageId(TREK_PATH);
  const published = await publicHeading(TREK_PATH);
  const draftTitle = `Draft title ${Date.now()}`;

  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const admin = await context.newPage();
  await logInToAdmin(admin);
  await editTitle(admin, id, draftTitle);
  await Promise.all([
    admin.waitForLoadState("load"),
    admin.locator("footer button.action-save").click(),
  ]);
  await admin.waitForSelector(".messages .success, .messages li", { timeout: 10_000 });

  // Anyone else still sees the published title.
  assert.equal(await publicHeading(TREK_PATH), published);

  // The admin's preview redirects to {FRONTEND}/api/preview?token=..., which sets draft mode.
  const response = await admin.goto(`${DJANGO}/admin/pages/${id}/view_draft/?mode=frontend`);
  assert.equal(response.status(), 200);
  assert.equal(new URL(admin.url()).origin, FRONTEND);
  assert.equal(new URL(admin.url()).pathname, TREK_PATH);
  assert.equal(await admin.locator("h1").textContent(), draftTitle);
  assert.ok(await admin.locator(".preview-banner").isVisible());
  await screenshot(admin, "preview");

  // Still private: a visitor without the preview cookies sees the published page.
  assert.equal(await publicHeading(TREK_PATH), published);

  // Leaving preview shows the published page in the editor's browser too.
  await admin.locator(".preview-banner a").click();
  await admin.waitForURL(`${FRONTEND}${TREK_PATH}`);
  assert.equal(await admin.locator("h1").textContent(), published);
  await context.close();
});

test("preview: a forged token shows an error page with the API's message (403)", async () => {
  const page = await browser.newPage();
  const response = await page.goto(`${FRONTEND}/api/preview?token=forged-token`);
  assert.equal(response.status(), 403);
  assert.match(await page.locator("h1").textContent(), /Preview unavailable/);
  assert.ok((await page.locator(".message").textContent()).length > 0);
  await screenshot(page, "preview-forged");
  await page.close();
});
