// A page an editor unpublishes leaves the visitor site: its address answers 404 and its card
// leaves the listing, although both were cached; publishing it again brings them back.
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import {
  DJANGO,
  FRONTEND,
  launchBrowser,
  logInToAdmin,
  pageId,
  poll,
  screenshot,
} from "./support.mjs";

const PATH = "/lares/trek-2-days/";
const LISTING = "/lares/";

let browser;
before(async () => {
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
});

async function status(path) {
  return (await fetch(`${FRONTEND}${path}`, { redirect: "manual" })).status;
}

async function listingLinks(path) {
  return (await (await fetch(`${FRONTEND}${LISTING}`)).text()).includes(`href="${path}"`);
}

test("leaks: an unpublished page leaves the visitor site within 10 s, then comes back", async () => {
  // Cached first, so only the webhook can take them away.
  assert.equal(await status(PATH), 200);
  assert.ok(await listingLinks(PATH), `${LISTING} should link ${PATH} before`);
  const id = await pageId(PATH);

  const admin = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await logInToAdmin(admin);
  await admin.goto(`${DJANGO}/admin/pages/${id}/unpublish/`);
  await Promise.all([
    admin.waitForURL((url) => !url.pathname.endsWith("/unpublish/")),
    admin.locator('main form [type="submit"]').first().click(),
  ]);

  const gone = await poll(async () => (await status(PATH)) === 404 && !(await listingLinks(PATH)));
  assert.ok(gone.value, `${PATH} still answers ${await status(PATH)} or is still listed`);
  console.log(`# unpublished: 404 and off the listing after ${gone.elapsedMs} ms`);
  const visitor = await browser.newPage();
  await visitor.goto(`${FRONTEND}${PATH}`);
  await screenshot(visitor, "unpublished-page");
  await visitor.close();

  await admin.goto(`${DJANGO}/admin/pages/${id}/edit/`);
  await admin.locator("footer .w-dropdown__toggle").click();
  await Promise.all([
    admin.waitForURL((url) => !url.pathname.endsWith("/edit/")),
    admin.locator('footer button[name="action-publish"]').click(),
  ]);
  const back = await poll(async () => (await status(PATH)) === 200 && (await listingLinks(PATH)));
  assert.ok(back.value, `${PATH} did not come back after publishing again`);
  await admin.close();
});
