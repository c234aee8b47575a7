import { createHmac } from "node:crypto";
import assert from "node:assert/strict";
import { createServer, type IncomingHttpHeaders, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { after, before, describe, it } from "node:test";
import { postEnquiry } from "@/api/client";
import type { EnquiryBody } from "@/lib/enquiry";

const SECRET = "test-secret";
type Seen = { method?: string; url?: string; headers: IncomingHttpHeaders; body: string };
let seen: Seen | null = null;
let reply: (response: import("node:http").ServerResponse) => void;
let server: Server;

before(async () => {
  server = createServer((request, response) => {
    let body = "";
    request.on("data", (chunk) => (body += chunk));
    request.on("end", () => {
      seen = { method: request.method, url: request.url, headers: request.headers, body };
      reply(response);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  process.env.GUIDE_API_URL = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  process.env.GUIDE_REVALIDATE_SECRET = SECRET;
});

after(() => {
  server.closeAllConnections();
  server.close();
});

const body: EnquiryBody = {
  name: "Ana",
  email: "ana@example.org",
  travel_date: null,
  travel_month: "2026-07",
  party_size: 2,
  itinerary: 8,
  departure: null,
  message: "Hello",
  heard_from: "",
  consent: true,
  token: "t",
  website: "",
};

function json(status: number, data: unknown, headers: Record<string, string> = {}) {
  return (response: import("node:http").ServerResponse) =>
    response
      .writeHead(status, { "Content-Type": "application/json", ...headers })
      .end(JSON.stringify(data));
}

describe("posting an enquiry", () => {
  it("posts the JSON body with the visitor's address, signed", async () => {
    reply = json(201, { received: true, message: "Thank you" });
    assert.deepEqual(await postEnquiry(body, "203.0.113.7"), { kind: "received" });
    assert.equal(seen?.method, "POST");
    assert.equal(seen?.url, "/api/v3/guide/enquiries/");
    assert.equal(seen?.headers["content-type"], "application/json");
    assert.deepEqual(JSON.parse(seen?.body ?? ""), body);
    assert.equal(seen?.headers["x-guide-client-ip"], "203.0.113.7");
    assert.equal(
      seen?.headers["x-guide-client-signature"],
      createHmac("sha256", SECRET).update("203.0.113.7").digest("hex"),
    );
  });

  it("names no address it does not know", async () => {
    reply = json(201, { received: true, message: "Thank you" });
    await postEnquiry(body, null);
    assert.equal(seen?.headers["x-guide-client-ip"], undefined);
    assert.equal(seen?.headers["x-guide-client-signature"], undefined);
  });

  it("hands back a refusal with its body and Retry-After", async () => {
    reply = json(400, { message: "Invalid", errors: { email: ["Bad."] } });
    assert.deepEqual(await postEnquiry(body, "::1"), {
      kind: "refused",
      status: 400,
      body: { message: "Invalid", errors: { email: ["Bad."] } },
      retryAfter: null,
    });
    reply = json(429, { message: "Slow down", param: null }, { "Retry-After": "60" });
    const busy = await postEnquiry(body, "::1");
    assert.equal(busy.kind === "refused" && busy.retryAfter, "60");
  });

  it("calls a 5xx or an unreachable API unavailable, never throwing", async () => {
    reply = (response) => response.writeHead(502).end("Bad gateway");
    assert.deepEqual(await postEnquiry(body, "::1"), { kind: "unavailable" });
    const url = process.env.GUIDE_API_URL;
    process.env.GUIDE_API_URL = "http://127.0.0.1:9";
    try {
      assert.deepEqual(await postEnquiry(body, "::1"), { kind: "unavailable" });
    } finally {
      process.env.GUIDE_API_URL = url;
    }
  });
});
