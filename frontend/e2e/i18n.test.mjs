// A Spanish-speaking visitor: the 4-day itinerary in English → the language switcher → the same
// trek in Spanish (lang, labels, numbers, hreflang) → a community that has no Spanish page yet,
// shown as "not translated" with a link to the English page.
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import AxeBuilder from "@axe-core/playwright";
import { DJANGO, FRONTEND, TREK_PATH, launchBrowser, screenshot } from "./support.mjs";

/** The API's answer for a path (the page, or null for a 404). */
async function apiPage(path) {
  const response = await fetch(
    `${DJANGO}/api/v3/guide/pages/by-path/?path=${encodeURIComponent(path)}`,
  );
  if (response.status === 404) return null;
  assert.equal(response.status, 200, `by-path ${path}`);
  return response.json();
}

/** Serious or critical axe violations on a page opened in its own context, as a report. */
async function axeProblems(path) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.goto(`${FRONTEND}${path}`);
  await page.evaluate(() => document.querySelectorAll("details").forEach((d) => (d.open = true)));
  const results = await new AxeBuilder({ page }).analyze();
  await context.close();
  return results.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.impact} ${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}

const spanishNumber = (value) =>
  new Intl.NumberFormat("es", { maximumFractionDigits: 1, useGrouping: "always" }).format(value);

let browser;
before(async () => {
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
});

test("i18n: from the English itinerary to its Spanish version, then to an untranslated community", async () => {
  const english = await apiPage(TREK_PATH);
  const translation = english.translations.find((t) => t.locale === "es");
  assert.ok(translation, "the demo's 4-day itinerary has a Spanish version");
  const spanish = await apiPage(translation.path);
  assert.equal(spanish.locale, "es");
  assert.ok(spanish.path.startsWith("/es/"), spanish.path);

  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const opened = await page.goto(`${FRONTEND}${TREK_PATH}`);
  assert.equal(opened.status(), 200);
  assert.equal(await page.locator("html").getAttribute("lang"), "en");

  // The switcher: plain links, the current language marked.
  const switcher = page.locator("header nav.language-switcher");
  assert.equal(await switcher.locator('a[hreflang="en"]').getAttribute("aria-current"), "true");
  const toSpanish = switcher.locator('a[hreflang="es"]');
  assert.equal(await toSpanish.getAttribute("href"), spanish.path);
  assert.equal(await toSpanish.getAttribute("aria-current"), null);
  await Promise.all([page.waitForURL(`${FRONTEND}${spanish.path}`), toSpanish.click()]);

  assert.equal(await page.locator("html").getAttribute("lang"), "es");
  assert.equal(await page.locator("h1").first().textContent(), spanish.title);
  assert.equal(
    await page
      .locator('header nav.language-switcher a[hreflang="es"]')
      .getAttribute("aria-current"),
    "true",
  );
  assert.equal(
    await page.locator('header nav.language-switcher a[hreflang="en"]').getAttribute("href"),
    TREK_PATH,
  );
  assert.equal(await page.locator(".skip-link").textContent(), "Saltar al contenido");
  assert.equal(await page.locator("#profile-title").textContent(), "Perfil de elevación");
  assert.equal(await page.locator("article.day").count(), spanish.days.length);
  assert.match(await page.locator("#day-1 .day__number").textContent(), /^Día 1$/);

  // The elevation profile, drawn with Spanish words and Spanish numbers.
  const profile = page.locator("svg.elevation__svg");
  assert.ok(await profile.isVisible(), "the elevation profile is drawn");
  assert.match(await profile.locator("title").first().textContent(), /^Perfil de elevación: /);
  const chart = await profile.textContent();
  assert.match(chart, /Altitud \(m\)/);
  assert.match(chart, /Día 1/);
  const highest = spanishNumber(spanish.max_altitude.m);
  assert.match(highest, /^\d\.\d{3}$/, `the highest point is above 999 m: ${highest}`);
  assert.ok(chart.includes(`${highest} m`), `the profile names ${highest} m`);
  assert.ok(!/\d,\d{3} m/.test(chart), "no English thousands separator in the profile");
  const facts = await page.locator(".facts-panel").first().textContent();
  assert.ok(facts.includes(`${highest} m`), "the facts write the highest point the same way");
  await screenshot(page, "itinerary-es");

  // hreflang: every language version, and x-default for the English page.
  const alternates = await page.$$eval('link[rel="alternate"][hreflang]', (links) =>
    Object.fromEntries(links.map((link) => [link.hreflang, new URL(link.href).pathname])),
  );
  assert.equal(alternates.en, TREK_PATH);
  assert.equal(alternates.es, spanish.path);
  assert.equal(alternates["x-default"], TREK_PATH);
  assert.match(
    (await page.locator('link[rel="canonical"]').getAttribute("href")) ?? "",
    new RegExp(`${spanish.path}$`),
  );
  assert.equal(await page.locator('meta[property="og:locale"]').getAttribute("content"), "es_PE");

  // A community the itinerary links to that has no Spanish page: the API answers 404 for its
  // /es/ path, and the visitor site shows a notice in Spanish with the English page's link.
  const communityLinks = page.locator('section[aria-labelledby="communities-title"] a');
  const hrefs = await communityLinks.evaluateAll((links) =>
    links.map((a) => a.getAttribute("href")),
  );
  assert.ok(hrefs.length > 0, "the Spanish itinerary links communities");
  let untranslated = null;
  for (const href of hrefs) {
    assert.ok(href.startsWith("/es/"), `a Spanish page's links stay in Spanish: ${href}`);
    if (untranslated === null && (await apiPage(href)) === null) untranslated = href;
  }
  assert.ok(untranslated, `one of ${hrefs.join(", ")} has no Spanish page`);
  const originalPath = untranslated.slice("/es".length);
  const original = await apiPage(originalPath);
  assert.ok(original, `the English page ${originalPath} exists`);

  const link = page.locator(
    `section[aria-labelledby="communities-title"] a[href="${untranslated}"]`,
  );
  await Promise.all([page.waitForURL(`${FRONTEND}${untranslated}`), link.click()]);
  assert.equal(await page.locator("html").getAttribute("lang"), "es");
  assert.equal(
    (await page.locator(".untranslated__notice").textContent()).trim(),
    "Esta página aún no está traducida al español.",
  );
  assert.equal(await page.locator("h1").textContent(), original.title);
  assert.match(
    (await page.locator('meta[name="robots"]').getAttribute("content")) ?? "",
    /noindex/,
  );
  const readEnglish = page.getByRole("link", { name: "Leer la página en inglés" });
  assert.equal(await readEnglish.getAttribute("href"), originalPath);
  await screenshot(page, "untranslated-es");

  // The same answer without a browser: 200, not a 404 or a redirect.
  const direct = await fetch(`${FRONTEND}${untranslated}`, { redirect: "manual" });
  assert.equal(direct.status, 200);
  assert.match(await direct.text(), /<html lang="es"/);

  await Promise.all([page.waitForURL(`${FRONTEND}${originalPath}`), readEnglish.click()]);
  assert.equal(await page.locator("html").getAttribute("lang"), "en");
  assert.equal(await page.locator("article.community").count(), 1);
  assert.equal(await page.locator("h1").first().textContent(), original.title);
  await page.close();

  // Both Spanish pages pass axe like the English ones (e2e/axe.test.mjs).
  for (const path of [spanish.path, untranslated]) {
    const problems = await axeProblems(path);
    assert.deepEqual(problems, [], `axe on ${path}`);
  }
});

test("i18n: a Spanish prefix on a page translated under another slug redirects to it", async () => {
  // The demo translates one community; its English page lists the Spanish path.
  const index = await apiPage("/communities/");
  let found = null;
  for (const item of index.items) {
    const community = await apiPage(item.path);
    const es = community?.translations?.find((t) => t.locale === "es");
    if (es) {
      found = { english: item.path, spanish: es.path };
      break;
    }
  }
  assert.ok(found, "one community has a Spanish page");
  const response = await fetch(`${FRONTEND}/es${found.english}`, { redirect: "manual" });
  if (found.spanish === `/es${found.english}`) {
    assert.equal(response.status, 200, "same slug: the Spanish page itself");
  } else {
    assert.ok([307, 308].includes(response.status), `redirected (${response.status})`);
    assert.equal(new URL(response.headers.get("location"), FRONTEND).pathname, found.spanish);
  }
  const spanish = await fetch(`${FRONTEND}${found.spanish}`);
  assert.equal(spanish.status, 200);
  assert.match(await spanish.text(), /<html lang="es"/);
});

test("i18n: an unknown Spanish path is a 404 in Spanish; the Spanish search lists Spanish routes", async () => {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const missing = await page.goto(`${FRONTEND}/es/no-existe/`);
  assert.equal(missing.status(), 404);
  assert.equal(await page.locator("h1").textContent(), "Página no encontrada");
  assert.equal(await page.locator("html").getAttribute("lang"), "es");
  assert.equal(await page.locator("main a").last().getAttribute("href"), "/es/", "home in Spanish");

  const search = await page.goto(`${FRONTEND}/es/search/`);
  assert.equal(search.status(), 200);
  assert.equal(await page.locator("html").getAttribute("lang"), "es");
  assert.equal(await page.locator("h1").textContent(), "Buscar una ruta");
  assert.equal(await page.locator("form.search-form").getAttribute("action"), "/es/search/");
  const cards = await page
    .locator(".search-page .card h3 a")
    .evaluateAll((links) => links.map((a) => a.getAttribute("href")));
  assert.ok(cards.length >= 1, "at least the Spanish 4-day trek");
  for (const href of cards) assert.ok(href.startsWith("/es/"), href);
  assert.match(await page.locator(".search-count").textContent(), /rutas? coincide/);
  // The English search is as it was.
  assert.equal(
    await page.locator('header nav.language-switcher a[hreflang="en"]').getAttribute("href"),
    "/search/",
  );
  await screenshot(page, "search-es");
  await page.close();
});
