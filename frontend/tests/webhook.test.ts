import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { sign } from "@/lib/signature";
import { MAX_BODY_BYTES, ReplayGuard, handleWebhook, readBodyCapped } from "@/lib/webhook";

const secret = "test-secret";
const NOW = 1_700_000_000;
const URL = "http://frontend.test/api/revalidate";

/** A body streamed in 16 KiB chunks that counts how much of it was pulled. */
function countingStream(totalBytes: number) {
  const chunk = new Uint8Array(16 * 1024).fill(120);
  const counter = { pulled: 0 };
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (counter.pulled >= totalBytes) return controller.close();
      counter.pulled += chunk.byteLength;
      controller.enqueue(chunk);
    },
  });
  return { stream, counter };
}

function post(body: BodyInit, headers: Record<string, string> = {}): Request {
  return new Request(URL, { method: "POST", body, headers, duplex: "half" } as RequestInit);
}

function signed(body: string, timestamp = String(NOW), key = secret): Request {
  return post(body, {
    "X-Guide-Timestamp": timestamp,
    "X-Guide-Signature": sign(timestamp, body, key),
  });
}

function setUp() {
  const calls: string[][] = [];
  const guard = new ReplayGuard();
  const options = {
    secret,
    guard,
    nowSeconds: NOW,
    revalidate: (paths: string[]) => void calls.push(paths),
  };
  return { calls, guard, options };
}

const BODY = JSON.stringify({ paths: ["/lares/trek-4-days/", "/lares/", "/"] });
const TEN_MB = 10 * 1024 * 1024;

describe("webhook body cap", () => {
  it("answers a 10 MB unsigned body 413 from its Content-Length, without reading it", async () => {
    const { options, calls } = setUp();
    const { stream, counter } = countingStream(TEN_MB);
    const request = post(stream, { "Content-Length": String(TEN_MB) });
    const response = await handleWebhook(request, options);
    assert.equal(response.status, 413);
    // A stream pulls one chunk ahead at most when it is created; none of the body is read.
    assert.ok(counter.pulled <= 16 * 1024, `pulled ${counter.pulled} bytes`);
    assert.deepEqual(calls, []);
  });

  it("stops reading a streamed body without Content-Length once it passes the cap", async () => {
    const { options } = setUp();
    const { stream, counter } = countingStream(TEN_MB);
    const response = await handleWebhook(post(stream), options);
    assert.equal(response.status, 413);
    assert.ok(counter.pulled <= MAX_BODY_BYTES + 2 * 16 * 1024, `pulled ${counter.pulled} bytes`);
  });

  it("reads a body up to the cap, and not one byte more", async () => {
    const exact = new Uint8Array(MAX_BODY_BYTES).fill(32);
    assert.equal((await readBodyCapped(post(exact), MAX_BODY_BYTES))?.byteLength, MAX_BODY_BYTES);
    const over = new Uint8Array(MAX_BODY_BYTES + 1).fill(32);
    assert.equal(await readBodyCapped(post(over), MAX_BODY_BYTES), null);
  });
});

describe("webhook signature and timestamp", () => {
  it("accepts a signed, fresh request and expires its paths", async () => {
    const { options, calls } = setUp();
    const response = await handleWebhook(signed(BODY), options);
    assert.equal(response.status, 200);
    assert.deepEqual(await response.json(), {
      revalidated: ["/lares/trek-4-days/", "/lares/", "/"],
    });
    assert.deepEqual(calls, [["/lares/trek-4-days/", "/lares/", "/"]]);
  });

  it("refuses a missing or wrong signature, or a missing timestamp, with 401", async () => {
    const { options, calls } = setUp();
    const cases = [
      post(BODY),
      post(BODY, { "X-Guide-Timestamp": String(NOW) }),
      signed(BODY, String(NOW), "another-secret"),
      post(BODY, { "X-Guide-Signature": sign("", BODY, secret) }),
      post(BODY, { "X-Guide-Timestamp": String(NOW), "X-Guide-Signature": sign("", BODY, secret) }),
    ];
    for (const request of cases) {
      assert.equal((await handleWebhook(request, options)).status, 401);
    }
    assert.deepEqual(calls, []);
  });

  it("refuses a signed request whose timestamp is outside the 5-minute window", async () => {
    const { options, calls } = setUp();
    for (const offset of [-301, 301, -86_400]) {
      const response = await handleWebhook(signed(BODY, String(NOW + offset)), options);
      assert.equal(response.status, 401, `offset ${offset}`);
      assert.match((await response.json()).message, /X-Guide-Timestamp/);
    }
    for (const offset of [-300, 300]) {
      const body = JSON.stringify({ paths: [`/offset-${offset}/`] });
      const response = await handleWebhook(signed(body, String(NOW + offset)), options);
      assert.equal(response.status, 200, `offset ${offset}`);
    }
    assert.equal(calls.length, 2);
  });

  it("refuses a replay of a request already received (401)", async () => {
    const { options, calls } = setUp();
    assert.equal((await handleWebhook(signed(BODY), options)).status, 200);
    const replay = await handleWebhook(signed(BODY), options);
    assert.equal(replay.status, 401);
    assert.match((await replay.json()).message, /received before/);
    assert.equal(calls.length, 1);
    // The same paths sent again later are a new request, with a new signature.
    const later = await handleWebhook(signed(BODY, String(NOW + 1)), {
      ...options,
      nowSeconds: NOW + 1,
    });
    assert.equal(later.status, 200);
  });

  it("answers a signed body that is not the expected JSON with 400", async () => {
    const { options, calls } = setUp();
    assert.equal((await handleWebhook(signed("{not json"), options)).status, 400);
    assert.equal((await handleWebhook(signed('{"paths": "/"}'), options)).status, 400);
    assert.deepEqual(calls, []);
  });
});

describe("replay guard", () => {
  it("remembers a signature only while its timestamp is within the window", () => {
    const guard = new ReplayGuard(300);
    assert.equal(guard.firstUse(NOW, "sha256=aa", NOW), true);
    assert.equal(guard.firstUse(NOW, "sha256=AA ", NOW + 10), false);
    assert.equal(guard.firstUse(NOW + 5, "sha256=bb", NOW + 10), true);
    assert.equal(guard.size, 2);
    // Past the window the timestamp check refuses them; the guard lets them go.
    assert.equal(guard.firstUse(NOW + 400, "sha256=cc", NOW + 400), true);
    assert.equal(guard.size, 1);
  });
});
