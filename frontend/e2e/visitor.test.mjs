// A visitor's walk: home → the 4-day itinerary → its days, profile and FAQs → a community.
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

test("visitor: from the home page to the 4-day itinerary, its days, profile, an FAQ and a community", async () => {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });

  const home = await page.goto(`${FRONTEND}/`);
  assert.equal(home.status(), 200);
  assert.ok(await page.locator("h1").isVisible());
  assert.ok(
    (await page.locator(".card img[srcset]").count()) > 0,
    "home cards have responsive images",
  );
  await page.waitForFunction(() => {
    const hero = document.querySelector(".page-header__image");
    return hero && hero.complete && hero.naturalWidth > 0;
  });
  await screenshot(page, "home");

  await Promise.all([
    page.waitForURL(`${FRONTEND}${TREK_PATH}`),
    page.locator(`main a[href="${TREK_PATH}"]`).first().click(),
  ]);
  assert.equal(new URL(page.url()).pathname, TREK_PATH);
  await screenshot(page, "itinerary");

  const days = page.locator("article.day");
  assert.equal(await days.count(), 4, "four days");
  for (let n = 1; n <= 4; n += 1) {
    assert.ok(await page.locator(`#day-${n} h3`).isVisible(), `day ${n} is shown`);
  }

  const profile = page.locator("svg.elevation__svg");
  assert.ok(await profile.isVisible(), "the elevation profile is drawn");
  assert.match(await profile.locator("title").first().textContent(), /Elevation profile/);
  assert.match(await profile.textContent(), /Ipsaycocha pass/);
  assert.match(await profile.textContent(), /4,500 m/);

  const faq = page.locator("details.faq").first();
  assert.equal(await faq.getAttribute("open"), null);
  await faq.locator("summary").click();
  assert.notEqual(await faq.getAttribute("open"), null, "the FAQ opens");
  assert.ok(await faq.locator(".faq__answer").isVisible());

  const community = page.locator('section[aria-labelledby="communities-title"] a').first();
  const href = await community.getAttribute("href");
  await Promise.all([page.waitForURL(`${FRONTEND}${href}`), community.click()]);
  assert.equal(await page.locator("article.community").count(), 1, "a community profile is shown");
  await screenshot(page, "community");
  await page.close();
});
