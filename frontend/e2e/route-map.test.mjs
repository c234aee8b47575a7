// The itinerary's route map and distance-scaled elevation profile are server-rendered SVG: with
// JavaScript off they are whole, and the route files download through the visitor site.
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { DJANGO, FRONTEND, TREK_PATH, launchBrowser, screenshot } from "./support.mjs";

let browser;
before(async () => {
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
});

/** Great-circle km, as the site computes them, for days the API gives no distance. */
function distanceKm(a, b) {
  const rad = (deg) => (deg * Math.PI) / 180;
  const h =
    Math.sin(rad(b.lat - a.lat) / 2) ** 2 +
    Math.cos(rad(a.lat)) * Math.cos(rad(b.lat)) * Math.sin(rad(b.lon - a.lon) / 2) ** 2;
  return 2 * 6371.0088 * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** Each day's length: its typed distance, or the straight line through its places. */
async function dayLengths() {
  const response = await fetch(
    `${DJANGO}/api/v3/guide/pages/by-path/?path=${encodeURIComponent(TREK_PATH)}`,
  );
  const page = await response.json();
  return page.days
    .sort((a, b) => a.number - b.number)
    .map((day) => {
      if (day.distance) return day.distance.km;
      const places = [day.from_place, ...day.places_passed, day.to_place];
      return places
        .slice(1)
        .reduce((sum, place, i) => sum + distanceKm(places[i].coordinates, place.coordinates), 0);
    });
}

test("route map: with JavaScript off the 4-day itinerary shows the SVG map and the profile by distance", async () => {
  const context = await browser.newContext({
    javaScriptEnabled: false,
    viewport: { width: 1280, height: 900 },
  });
  const page = await context.newPage();
  const response = await page.goto(`${FRONTEND}${TREK_PATH}`);
  assert.equal(response.status(), 200);

  const map = page.locator("svg.route-map__svg");
  assert.ok(await map.isVisible(), "the route map is drawn");
  assert.equal(await map.getAttribute("role"), "img");
  assert.match(await map.locator("title").first().textContent(), /^Route map: /);
  assert.match(await map.locator("desc").first().textContent(), /over the Ipsaycocha pass, 4 days/);
  const strokes = map.locator(".route-map__days path.route-map__day");
  assert.equal(await strokes.count(), 4, "one line per day");
  const looks = new Set();
  for (let i = 0; i < 4; i += 1) {
    const stroke = strokes.nth(i);
    looks.add(
      `${await stroke.getAttribute("stroke")} ${await stroke.getAttribute("stroke-dasharray")}`,
    );
  }
  assert.equal(looks.size, 4, "each day has its own colour and dash");
  assert.ok(
    (await map.locator("text.route-map__label").allTextContents()).some((text) =>
      text.startsWith("Ipsaycocha pass"),
    ),
    "the pass is labelled",
  );
  assert.match(await map.locator(".route-map__scale text").textContent(), /^\d+ km$/);
  assert.equal(await map.locator(".route-map__legend text", { hasText: "Day 4" }).count(), 1);
  // No zoomable map without a tile server (the default), and nothing from elsewhere.
  assert.equal(await page.locator("[data-route-map-interactive]").count(), 0);

  // The profile's x axis is distance: day 2 starts where day 1's share of the route ends.
  const lengths = await dayLengths();
  const total = lengths.reduce((sum, km) => sum + km, 0);
  const profile = page.locator("svg.elevation__svg");
  const baseline = profile.locator("line.elevation__baseline");
  const left = Number(await baseline.getAttribute("x1"));
  const right = Number(await baseline.getAttribute("x2"));
  const day2 = Number(
    await profile.locator('line.elevation__day-tick[data-day="2"]').getAttribute("x1"),
  );
  const drawn = (day2 - left) / (right - left);
  const expected = lengths[0] / total;
  assert.ok(
    Math.abs(drawn - expected) / expected < 0.03,
    `day 2 starts at ${drawn.toFixed(4)} of the width, day 1 is ${expected.toFixed(4)} of the route`,
  );
  assert.equal(await profile.locator("line.elevation__day-tick").count(), 4);
  assert.ok((await profile.locator(".elevation__km text").allTextContents()).includes("0 km"));
  assert.match(
    await page.locator(".elevation__day-highs").textContent(),
    /Day 2: highest 4,450 m at Ipsaycocha pass/,
  );

  await screenshot(page, "route-map-no-js", { element: page.locator("figure.route-map") });
  await screenshot(page, "elevation-by-distance-no-js", {
    element: page.locator("figure.elevation"),
  });

  // The download links point at this site, which fetches the files from the API.
  const gpxHref = await page.getByRole("link", { name: "GPX", exact: true }).getAttribute("href");
  const geojsonHref = await page
    .getByRole("link", { name: "GeoJSON", exact: true })
    .getAttribute("href");
  assert.ok(gpxHref.startsWith("/") && !gpxHref.includes("/v3/"), gpxHref);
  await context.close();

  const gpx = await fetch(`${FRONTEND}${gpxHref}`);
  assert.equal(gpx.status, 200);
  assert.match(gpx.headers.get("content-type"), /^application\/gpx\+xml/);
  assert.match(gpx.headers.get("content-disposition"), /^attachment; filename="trek-4-days\.gpx"/);
  assert.match(await gpx.text(), /<gpx [^>]*version="1\.1"/);

  const geojson = await fetch(`${FRONTEND}${geojsonHref}`);
  assert.equal(geojson.status, 200);
  assert.match(geojson.headers.get("content-type"), /^application\/geo\+json/);
  assert.equal((await geojson.json()).type, "FeatureCollection");

  const missing = await fetch(`${FRONTEND}${gpxHref.replace(/\/\d+\//, "/999999/")}`);
  assert.equal(missing.status, 404);
  assert.equal((await fetch(`${FRONTEND}${gpxHref.replace(/gpx$/, "kml")}`)).status, 404);
});
