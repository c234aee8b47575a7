// A draft stays private; the admin's "Visitor site" preview shows it on the real frontend.
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import {
  DJANGO,
  FRONTEND,
  LINKED_FRONTEND,
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

  // The admin's preview redirects to {site}/api/preview?token=..., which sends the editor on to
  // the page with the token in its URL.
  const response = await admin.goto(`${DJANGO}/admin/pages/${id}/view_draft/?mode=frontend`);
  assert.equal(response.status(), 200);
  const previewed = new URL(admin.url());
  assert.equal(previewed.origin, LINKED_FRONTEND);
  assert.equal(previewed.pathname, TREK_PATH);
  assert.ok(previewed.searchParams.get("preview"));
  assert.equal(await admin.locator("h1").textContent(), draftTitle);
  assert.ok(await admin.locator(".preview-banner").isVisible());
  assert.match(response.headers()["cache-control"], /no-store/);
  await screenshot(admin, "preview");

  // Still private: a visitor without the token sees the published page.
  assert.equal(await publicHeading(TREK_PATH), published);

  // Leaving preview shows the published page in the editor's browser too.
  await admin.locator(".preview-banner a").click();
  await admin.waitForURL(`${LINKED_FRONTEND}${TREK_PATH}`);
  assert.equal(await admin.locator("h1").textContent(), published);
  await context.close();
});

test("preview: the admin's side panel shows the unsaved draft from the visitor site on another host", async () => {
  // The admin on 127.0.0.1, the visitor site on localhost: two sites, as in any deployment.
  assert.notEqual(new URL(DJANGO).hostname, new URL(LINKED_FRONTEND).hostname);
  const id = await pageId(TREK_PATH);
  const draftTitle = `Side panel draft ${Date.now()}`;
  const context = await browser.newContext({ viewport: { width: 1600, height: 1000 } });
  const admin = await context.newPage();
  await logInToAdmin(admin);
  await editTitle(admin, id, draftTitle);
  await admin.locator('[data-side-panel-toggle="preview"]').click();

  // Wagtail posts the form and frames the preview URL, which leads to the visitor site.
  const { value: heading } = await poll(
    async () => {
      const frame = admin
        .frames()
        .find((f) => f.url().startsWith(`${LINKED_FRONTEND}${TREK_PATH}`));
      return frame
        ? frame
            .locator("h1")
            .textContent({ timeout: 1000 })
            .catch(() => null)
        : null;
    },
    { timeoutMs: 20_000 },
  );
  assert.equal(heading, draftTitle);
  await screenshot(admin, "preview-side-panel");
  // Nothing was saved: the public page keeps its title.
  assert.notEqual(await publicHeading(TREK_PATH), draftTitle);
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
