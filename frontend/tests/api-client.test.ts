import assert from "node:assert/strict";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { after, before, describe, it } from "node:test";
import { ApiUnavailable, fetchPageByPath, knowsPath, timeLeft } from "@/api/client";

type Mode = "ok" | "hang" | "error" | "missing";
let mode: Mode = "ok";
let server: Server;
const TIMEOUT_MS = 300;

before(async () => {
  server = createServer((request, response) => {
    const path = new URL(request.url ?? "/", "http://api.test").searchParams.get("path");
    if (mode === "hang") return; // accepts, never answers
    if (mode === "error") return void response.writeHead(500).end("{}");
    if (mode === "missing") {
      return void response
        .writeHead(404, { "Content-Type": "application/json" })
        .end('{"message": "No page"}');
    }
    response
      .writeHead(200, { "Content-Type": "application/json" })
      .end(JSON.stringify({ type: "page", title: `Page at ${path}`, path }));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  process.env.GUIDE_API_URL = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  process.env.GUIDE_API_TIMEOUT_MS = String(TIMEOUT_MS);
});

after(() => {
  server.closeAllConnections();
  server.close();
});

async function timed<T>(
  run: () => Promise<T>,
): Promise<{ value?: T; error?: unknown; ms: number }> {
  const started = Date.now();
  try {
    return { value: await run(), ms: Date.now() - started };
  } catch (error) {
    return { error, ms: Date.now() - started };
  }
}

describe("API client faults", () => {
  it("answers from the last good copy when the API hangs, within the timeout", async () => {
    mode = "ok";
    const fresh = await fetchPageByPath("/kept/");
    assert.equal(fresh.ok && (fresh.data as { title: string }).title, "Page at /kept/");
    assert.equal(knowsPath("/kept"), true);

    mode = "hang";
    const kept = await timed(() => fetchPageByPath("/kept/"));
    assert.equal(kept.error, undefined);
    assert.deepEqual(kept.value, fresh);
    assert.ok(kept.ms < TIMEOUT_MS + 200, `took ${kept.ms} ms`);
  });

  it("gives up with ApiUnavailable at the timeout when it has no copy", async () => {
    mode = "hang";
    const unknown = await timed(() => fetchPageByPath("/never-seen/"));
    assert.ok(unknown.error instanceof ApiUnavailable);
    assert.match((unknown.error as Error).message, /did not answer within/);
    assert.ok(unknown.ms >= TIMEOUT_MS - 20 && unknown.ms < TIMEOUT_MS + 200, `${unknown.ms} ms`);
  });

  it("treats a server error like an outage: the copy, else ApiUnavailable", async () => {
    mode = "ok";
    await fetchPageByPath("/kept-too/");
    mode = "error";
    assert.equal((await fetchPageByPath("/kept-too/")).ok, true);
    await assert.rejects(fetchPageByPath("/other/"), ApiUnavailable);
  });

  it("remembers that a page is gone, and never shows it from memory again", async () => {
    mode = "ok";
    await fetchPageByPath("/unpublished/");
    mode = "missing";
    assert.equal((await fetchPageByPath("/unpublished/")).status, 404);
    mode = "error";
    const during = await fetchPageByPath("/unpublished/");
    assert.equal(during.ok, false);
    assert.equal(during.status, 404);
    assert.equal(knowsPath("/unpublished/"), true);
  });

  it("keeps every call of a request within the request's deadline", async () => {
    mode = "hang";
    const early = await timed(() => fetchPageByPath("/late/", Date.now() + 80));
    assert.ok(early.error instanceof ApiUnavailable);
    assert.ok(early.ms < 80 + 150, `took ${early.ms} ms`);
    // A deadline from a request header never stretches the configured timeout.
    assert.equal(timeLeft(Date.now() + 60_000), TIMEOUT_MS);
    assert.equal(timeLeft(Date.now() - 5_000), 1);
    assert.equal(timeLeft(undefined), TIMEOUT_MS);
  });
});
