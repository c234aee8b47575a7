// Shared by the browser tests: where the servers are, a headless Debian Chromium, screenshots,
// the admin login and polling. The servers are started by scripts/frontend-test.
import { mkdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";

export const FRONTEND = (process.env.E2E_FRONTEND_URL || "http://127.0.0.1:3100").replace(
  /\/$/,
  "",
);
export const DJANGO = (process.env.E2E_DJANGO_URL || "http://127.0.0.1:8100").replace(/\/$/, "");
/**
 * The visitor site as Django links to it (GUIDE_FRONTEND_BASE_URL): previews and "View live" go
 * there. Another host than the admin's, as in a real deployment: localhost, not 127.0.0.1.
 */
export const LINKED_FRONTEND = (
  process.env.E2E_LINKED_FRONTEND_URL || FRONTEND.replace("127.0.0.1", "localhost")
).replace(/\/$/, "");
export const ADMIN_USER = process.env.E2E_ADMIN_USER || "admin";
export const ADMIN_PASSWORD = process.env.E2E_ADMIN_PASSWORD || "lares-admin";

export const CHROMIUM = process.env.CHROMIUM_PATH || "/usr/bin/chromium";
const ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

export const ARTIFACTS = fileURLToPath(new URL("../test-artifacts/", import.meta.url));

/** The 4-day itinerary, the page most tests walk through. */
export const TREK_PATH = "/lares/trek-4-days/";

export function launchBrowser(extraArgs = []) {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [...ARGS, ...extraArgs],
    headless: true,
  });
}

/**
 * Saves a full-page screenshot as test-artifacts/<name>.png, lazy images loaded first; with
 * `element` (a locator), only that element.
 */
export async function screenshot(page, name, { element } = {}) {
  mkdirSync(ARTIFACTS, { recursive: true });
  await page
    .evaluate(async () => {
      const settled = (image) =>
        new Promise((done) => {
          image.addEventListener("load", done, { once: true });
          image.addEventListener("error", done, { once: true });
          setTimeout(done, 3000);
        });
      const images = [...document.images];
      for (const image of images) image.loading = "eager";
      await Promise.all(images.filter((image) => !image.complete).map(settled));
    })
    .catch(() => {}); // no scripts in a javaScriptEnabled: false context: take it as it is
  if (element) await element.screenshot({ path: `${ARTIFACTS}${name}.png` });
  else await page.screenshot({ path: `${ARTIFACTS}${name}.png`, fullPage: true });
}

/** Signs in to the Wagtail admin in this page's browser context. */
export async function logInToAdmin(page) {
  await page.goto(`${DJANGO}/admin/login/`);
  await page.fill("#id_username", ADMIN_USER);
  await page.fill("#id_password", ADMIN_PASSWORD);
  await Promise.all([page.waitForURL(/\/admin\/$/), page.click("button[type=submit]")]);
}

/** The id of the published page at `path`, from the public API. */
export async function pageId(path) {
  const response = await fetch(
    `${DJANGO}/api/v3/guide/pages/by-path/?path=${encodeURIComponent(path)}`,
  );
  if (!response.ok) throw new Error(`No page at ${path}: HTTP ${response.status}`);
  return (await response.json()).id;
}

/** Opens the page's edit view and types a new title. */
export async function editTitle(page, id, title) {
  await page.goto(`${DJANGO}/admin/pages/${id}/edit/`);
  await page.fill("#id_title", title);
}

/** Calls `check` until it returns a truthy value or `timeoutMs` passes; returns the value and time. */
export async function poll(check, { timeoutMs = 10_000, intervalMs = 250 } = {}) {
  const started = Date.now();
  let last;
  while (Date.now() - started < timeoutMs) {
    last = await check();
    if (last) return { value: last, elapsedMs: Date.now() - started };
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
  return { value: last, elapsedMs: Date.now() - started };
}

/** The <h1> text of a frontend page fetched without cookies (what any visitor sees now). */
export async function publicHeading(path) {
  const response = await fetch(`${FRONTEND}${path}`, { redirect: "manual" });
  const html = await response.text();
  const match = html.match(/<h1[^>]*>([\s\S]*?)<\/h1>/);
  return match ? decodeEntities(match[1].replace(/<[^>]+>/g, "").trim()) : null;
}

function decodeEntities(text) {
  return text
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");
}
