// An editor builds a new itinerary from an existing one in the page editor: days copied, one
// end place changed, the season calendar from a preset. Every action the editor takes is
// counted: building a 3-day variant has to stay a matter of a few dozen actions.
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import {
  ADMIN_PASSWORD,
  ADMIN_USER,
  DJANGO,
  FRONTEND,
  TREK_PATH,
  launchBrowser,
  pageId,
  poll,
  publicHeading,
  screenshot,
} from "./support.mjs";

const MAX_ACTIONS = 35;
const INDEX_PATH = TREK_PATH.replace(/[^/]+\/$/, ""); // the itineraries index: /lares/

let browser;
before(async () => {
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
});

/** Runs one user action (a click, a fill, a choice, a navigation) and counts it. */
function actionRecorder() {
  const actions = [];
  async function act(label, fn) {
    actions.push(label);
    return fn();
  }
  return { act, actions };
}

/**
 * Searches the open chooser modal for `search` and chooses the result `result` picks out of
 * the modal (the other tests may have renamed the demo's pages, so a page is picked by id).
 */
async function chooseInModal(page, act, search, result) {
  const modal = page.locator(".modal-content");
  await modal.locator("input[name=q]").waitFor();
  await act(`search for "${search}"`, () => modal.locator("input[name=q]").fill(search));
  await act(`choose a result for "${search}"`, () => result(modal).click());
  await modal.waitFor({ state: "detached" });
}

test("itinerary builder: a 3-day variant from the 4-day trek in at most 35 actions", async () => {
  const title = `Lares Trek in 3 Days, express ${Date.now().toString(36)}`;
  const indexId = await pageId(INDEX_PATH);
  const sourceId = await pageId(TREK_PATH);
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const { act, actions } = actionRecorder();

  await act("open the admin", () => page.goto(`${DJANGO}/admin/login/`));
  await act("type the user name", () => page.fill("#id_username", ADMIN_USER));
  await act("type the password", () => page.fill("#id_password", ADMIN_PASSWORD));
  await act("sign in", () =>
    Promise.all([page.waitForURL(/\/admin\/$/), page.click("button[type=submit]")]),
  );

  // A new page under the itineraries index (it takes one page type: the form opens at once).
  await act("open the itineraries", () => page.goto(`${DJANGO}/admin/pages/${indexId}/`));
  await act("add a child page", () =>
    Promise.all([
      page.waitForURL(/\/add\//),
      page.getByRole("link", { name: "Add child page" }).first().click(),
    ]),
  );
  await act("type the title", () => page.fill("#id_title", title));
  await act("type the summary", () =>
    page.fill(
      "#id_summary",
      "The classic Lares route in three days: hot springs, the Ipsaycocha pass, back in Cusco.",
    ),
  );
  await act("choose the difficulty", () => page.selectOption("#id_difficulty", "moderate"));

  // Days 1 to 3 of the 4-day trek.
  await act("open the Days tab", () => page.getByRole("tab", { name: "Days" }).click());
  await act("open the itinerary chooser", () =>
    page
      .locator("#id_copy_days_from-chooser")
      .getByRole("button", { name: /Choose/ })
      .click(),
  );
  await chooseInModal(page, act, "Lares Trek in 4", (modal) =>
    modal.locator(`a.choose-page[data-id="${sourceId}"]`),
  );
  await act("type the days", () => page.fill("#id_copy_day_numbers", "1-3"));

  // The season calendar from the dry-season preset.
  await act("open the Details tab", () => page.getByRole("tab", { name: "Details" }).click());
  await act("choose the dry-season preset", () => page.selectOption("#id_season_preset", "dry"));

  await act("save the draft", () =>
    Promise.all([
      page.waitForURL(/\/pages\/\d+\/edit\/$/),
      page.locator("footer button.action-save").click(),
    ]),
  );
  assert.equal(await page.locator("#id_days-TOTAL_FORMS").inputValue(), "3");
  assert.equal(await page.locator("#id_season_months-TOTAL_FORMS").inputValue(), "12");
  assert.equal(await page.locator("#id_copy_day_numbers").inputValue(), "");
  const slug = await page.locator("#id_slug").inputValue();

  // Day 3 now ends where the 3-day trek does, back in Cusco, with no night on the route.
  await act("open the Days tab", () => page.getByRole("tab", { name: "Days" }).click());
  const endPlace = page.locator("#id_days-2-to_place-chooser");
  await act("open day 3's end place actions", () =>
    endPlace.getByRole("button", { name: "Actions" }).click(),
  );
  await act("choose another end place", () =>
    endPlace.getByRole("button", { name: /Choose another/ }).click(),
  );
  await chooseInModal(page, act, "Cusco", (modal) =>
    modal.getByRole("link", { name: /^Cusco \(/ }),
  );
  await act("type day 3's title", () =>
    page.fill("#id_days-2-title", "Down through Patacancha and Huilloc, back to Cusco"),
  );
  await act("no night after day 3", () => page.selectOption("#id_days-2-overnight_type", "none"));

  await act("open the publish menu", () => page.locator("footer .w-dropdown__toggle").click());
  await act("publish", () =>
    Promise.all([
      page.waitForURL((url) => !url.pathname.endsWith("/edit/")),
      page.locator('footer button[name="action-publish"]').click(),
    ]),
  );
  await screenshot(page, "itinerary-builder-published");

  // The visitor site shows the new itinerary with its three days.
  const path = `${INDEX_PATH}${slug}/`;
  const { value: shown } = await poll(async () => (await publicHeading(path)) === title, {
    timeoutMs: 20_000,
  });
  assert.ok(shown, `${path} did not show "${title}" (it shows "${await publicHeading(path)}")`);
  const visitor = await browser.newPage();
  await act("visit the new page", () => visitor.goto(`${FRONTEND}${path}`));
  assert.equal(await visitor.locator("article.day").count(), 3);
  assert.match(await visitor.locator("#day-3 .day__route").textContent(), /Cusco/);
  await screenshot(visitor, "itinerary-builder-visitor");

  console.log(`# ${actions.length} actions`);
  assert.ok(
    actions.length <= MAX_ACTIONS,
    `${actions.length} actions, more than ${MAX_ACTIONS}:\n${actions.join("\n")}`,
  );
  await page.close();
  await visitor.close();
});
