// /search/ is a plain GET form (no JavaScript needed); /sitemap.xml and /robots.txt are served
// on the visitor site's own host.
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

test("search (no JS): home cards show prices; the header links to search; filtering by at most 3 days shows only shorter routes", async () => {
  const context = await browser.newContext({
    javaScriptEnabled: false,
    viewport: { width: 1280, height: 900 },
  });
  const page = await context.newPage();
  await page.goto(`${FRONTEND}/`);
  // Featured itineraries show their lowest price and next departure.
  const offer = page.locator(`.card:has(a[href="${TREK_PATH}"]) .card__offer`);
  assert.match(await offer.textContent(), /From \$[\d,.]+ per person/);
  assert.match(await offer.textContent(), /next departure \w{3}, \d{1,2} \w+ \d{4}/);
  await Promise.all([
    page.waitForURL(`${FRONTEND}/search/`),
    page.locator('header nav a[href="/search/"]').click(),
  ]);
  const all = await page.locator(".search-page .card").count();
  assert.ok(all >= 2, "every route without filters");
  assert.match(
    await page.locator(".search-count").textContent(),
    new RegExp(`^${all} routes? match`),
  );
  assert.equal(await page.locator(`.search-page .card a[href="${TREK_PATH}"]`).count(), 1);

  await page.fill("#search-max-days", "3");
  await Promise.all([
    page.waitForURL(/\/search\/\?.*max_days=3/),
    page.locator("form.search-form button[type=submit]").click(),
  ]);
  const cards = page.locator(".search-page .card");
  const count = await cards.count();
  assert.ok(count >= 1 && count < all, `fewer routes (${count} of ${all})`);
  assert.equal(
    await page.locator(`.search-page .card a[href="${TREK_PATH}"]`).count(),
    0,
    "the 4-day trek is filtered out",
  );
  for (const meta of await cards.locator(".card__meta").allTextContents()) {
    const days = Number(meta.match(/(\d+) days?/)?.[1]);
    assert.ok(days <= 3, `a card of ${days} days`);
  }
  assert.equal(await page.locator("#search-max-days").inputValue(), "3", "the filter is kept");
  assert.match(
    (await page.locator('meta[name="robots"]').getAttribute("content")) ?? "",
    /noindex/,
  );
  await screenshot(page, "search-no-js");

  // A value the API refuses shows its message, not an error page.
  const refused = await page.goto(`${FRONTEND}/search/?min_days=many`);
  assert.equal(refused.status(), 200);
  assert.match(await page.locator(".form-message").textContent(), /min_days/);
  assert.equal(await page.locator("#search-min-days").getAttribute("aria-invalid"), "true");
  await screenshot(page, "search-refused");
  await context.close();
});

test("sitemap.xml and robots.txt answer on the visitor site's host", async () => {
  const sitemap = await fetch(`${FRONTEND}/sitemap.xml`);
  assert.equal(sitemap.status, 200);
  assert.match(sitemap.headers.get("content-type") ?? "", /xml/);
  const xml = await sitemap.text();
  assert.match(xml, /<urlset/);
  assert.ok(xml.includes(`<loc>${FRONTEND}${TREK_PATH}</loc>`), "lists the trek on this host");
  const locs = [...xml.matchAll(/<loc>([^<]*)<\/loc>/g)].map((match) => match[1]);
  assert.ok(locs.length > 1);
  for (const loc of locs) assert.ok(loc.startsWith(`${FRONTEND}/`), loc);

  const robots = await fetch(`${FRONTEND}/robots.txt`);
  assert.equal(robots.status, 200);
  assert.match(robots.headers.get("content-type") ?? "", /text\/plain/);
  const text = await robots.text();
  assert.match(text, /^User-agent: \*$/m);
  assert.match(text, /^Disallow: \/api\/$/m);
  assert.match(text, /^Disallow: \/__preview\/$/m);
  assert.ok(text.includes(`Sitemap: ${FRONTEND}/sitemap.xml`));
});
