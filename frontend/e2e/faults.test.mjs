// When the API fails the visitor still gets an answer in time: the last good copy of a page this
// server has shown, else the 503 page. A second `next start` reads Django through a TCP relay
// that the test can stop (nothing listens) or hang (accepts connections, never answers).
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { createHmac } from "node:crypto";
import { createWriteStream, mkdirSync } from "node:fs";
import net from "node:net";
import { fileURLToPath } from "node:url";
import { after, before, test } from "node:test";
import { ARTIFACTS, DJANGO, TREK_PATH, launchBrowser, screenshot } from "./support.mjs";

const TIMEOUT_MS = 2_000;
const SECRET = "faults-test-secret";
const FRONTEND_DIR = fileURLToPath(new URL("..", import.meta.url));

/** A relay to Django on `port` (0: any). "forward" passes bytes on; "hang" never answers. */
async function startRelay(mode, port = 0) {
  const django = new URL(DJANGO);
  const sockets = new Set();
  const track = (socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
    socket.on("error", () => socket.destroy());
  };
  const server = net.createServer((client) => {
    track(client);
    if (mode === "hang") return;
    const upstream = net.connect(Number(django.port || 80), django.hostname);
    track(upstream);
    upstream.on("close", () => client.destroy());
    client.on("close", () => upstream.destroy());
    client.pipe(upstream).pipe(client);
  });
  await new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", resolve);
  });
  return {
    port: server.address().port,
    /** Stops listening and drops every connection: the API is gone. */
    stop: () =>
      new Promise((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

async function freePort() {
  const server = net.createServer();
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address();
  await new Promise((resolve) => server.close(resolve));
  return port;
}

let relay;
let relayPort;
let next;
let site;
let browser;

before(async () => {
  relay = await startRelay("forward");
  relayPort = relay.port;
  const port = await freePort();
  site = `http://127.0.0.1:${port}`;
  mkdirSync(ARTIFACTS, { recursive: true });
  const log = createWriteStream(`${ARTIFACTS}next-faults.log`);
  next = spawn(
    "node_modules/.bin/next",
    ["start", "--port", String(port), "--hostname", "127.0.0.1"],
    {
      cwd: FRONTEND_DIR,
      detached: true, // its own process group, stopped whole in after()
      stdio: ["ignore", "pipe", "pipe"],
      env: {
        ...process.env,
        GUIDE_API_URL: `http://127.0.0.1:${relayPort}`,
        GUIDE_SITE_URL: site,
        GUIDE_MEDIA_URL: DJANGO,
        GUIDE_ADMIN_URL: DJANGO,
        GUIDE_API_TIMEOUT_MS: String(TIMEOUT_MS),
        GUIDE_REVALIDATE_SECRET: SECRET,
      },
    },
  );
  next.stdout.pipe(log);
  next.stderr.pipe(log);
  const started = Date.now();
  for (;;) {
    const ready = await fetch(`${site}/`).then(
      (r) => r.ok,
      () => false,
    );
    if (ready) break;
    if (next.exitCode !== null)
      throw new Error(`next start exited (${next.exitCode}); see next-faults.log`);
    if (Date.now() - started > 60_000) throw new Error("next start did not answer within 60 s");
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  if (next && next.exitCode === null) {
    try {
      process.kill(-next.pid, "SIGTERM");
    } catch {
      next.kill("SIGTERM");
    }
  }
  await relay?.stop();
});

async function timedGet(path) {
  const started = Date.now();
  const response = await fetch(`${site}${path}`, { redirect: "manual" });
  const html = await response.text();
  return { response, html, ms: Date.now() - started };
}

const heading = (html) => html.match(/<h1[^>]*>([\s\S]*?)<\/h1>/)?.[1].replace(/<[^>]+>/g, "");

/** Django's webhook for `paths`: their cached API answers expire, so the next visit must ask. */
async function expire(paths) {
  const body = JSON.stringify({ paths });
  const timestamp = Math.floor(Date.now() / 1000);
  const signature = createHmac("sha256", SECRET).update(`${timestamp}.${body}`).digest("hex");
  const response = await fetch(`${site}/api/revalidate`, {
    method: "POST",
    headers: { "X-Guide-Timestamp": String(timestamp), "X-Guide-Signature": `sha256=${signature}` },
    body,
  });
  assert.equal(response.status, 200);
}

function assertUnavailablePage({ response, html }) {
  assert.equal(response.status, 503);
  assert.equal(response.headers.get("cache-control"), "no-store");
  assert.match(html, /<h1[^>]*>This page is not available right now<\/h1>/);
  assert.match(html, /try again in a moment/);
  assert.match(html, /class="site-header"/, "inside the site's layout");
  assert.match(html, /class="site-footer"/, "inside the site's layout");
}

let visitedTitle;

test("faults: with the API stopped, a page seen before answers 200, another the 503 page", async () => {
  const visited = await timedGet(TREK_PATH);
  assert.equal(visited.response.status, 200);
  visitedTitle = heading(visited.html);
  assert.ok(visitedTitle);
  // Without this, Next's data cache would still hold a fresh answer and nothing would be tested.
  await expire([TREK_PATH]);

  await relay.stop();

  const kept = await timedGet(TREK_PATH);
  assert.equal(kept.response.status, 200, "the last good copy");
  assert.equal(heading(kept.html), visitedTitle);
  assert.ok(kept.ms < TIMEOUT_MS, `took ${kept.ms} ms`);

  const never = await timedGet("/faq/");
  assertUnavailablePage(never);
  assert.ok(never.ms < TIMEOUT_MS, `took ${never.ms} ms`);
  console.log(`# stopped API: copy in ${kept.ms} ms, 503 in ${never.ms} ms`);
});

test("faults: with the API hung, every visitor has an answer within the timeout + 1 s", async () => {
  relay = await startRelay("hang", relayPort);

  const kept = await timedGet(TREK_PATH);
  assert.equal(kept.response.status, 200);
  assert.equal(heading(kept.html), visitedTitle);
  assert.ok(kept.ms < TIMEOUT_MS + 1_000, `took ${kept.ms} ms`);

  const never = await timedGet("/destinations/lares-valley/");
  assertUnavailablePage(never);
  assert.ok(never.ms < TIMEOUT_MS + 1_000, `took ${never.ms} ms`);
  console.log(`# hung API: copy in ${kept.ms} ms, 503 in ${never.ms} ms`);

  // In Chromium too: the answer (its status line) comes in time, then the page is whole.
  const page = await browser.newPage();
  const started = Date.now();
  const response = await page.goto(`${site}/communities/huacahuasi/`, { waitUntil: "commit" });
  const ms = Date.now() - started;
  assert.equal(response.status(), 503);
  assert.ok(ms < TIMEOUT_MS + 1_000, `took ${ms} ms`);
  await page.waitForLoadState("load");
  assert.equal(await page.locator("h1").textContent(), "This page is not available right now");
  await screenshot(page, "unavailable");
  await page.close();
});
