/**
 * Django's publish webhook, checked in the order that costs an attacker the most and this server
 * the least: the body's size before a byte of it is kept, then the signed timestamp, the
 * signature, a replay of a request already seen, and only then the JSON.
 */
import { parseRevalidateBody } from "./revalidate";
import { SIGNATURE_HEADER, TIMESTAMP_HEADER, verifySignature } from "./signature";

/** A publish names a page and its ancestors (at most a few kB); anything near this is not Django. */
export const MAX_BODY_BYTES = 64 * 1024;

/** How far the signed timestamp may be from this server's clock, either way. */
export const REPLAY_WINDOW_SECONDS = 5 * 60;

/**
 * The raw body, or null when it is larger than `maxBytes`: a Content-Length that says so is
 * refused unread, and a body without one (chunked) is read only until it passes the cap.
 */
export async function readBodyCapped(
  request: Request,
  maxBytes: number,
): Promise<Uint8Array | null> {
  const declared = request.headers.get("content-length");
  if (declared !== null && !(Number(declared) <= maxBytes)) return null;
  if (!request.body) return new Uint8Array(0);
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel().catch(() => {});
      return null;
    }
    chunks.push(value);
  }
  const body = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    body.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return body;
}

/**
 * Signatures already accepted, each remembered until its timestamp leaves the window (after
 * which the timestamp check refuses it anyway), so memory stays bounded by Django's own rate.
 */
export class ReplayGuard {
  private readonly seen = new Map<string, number>();

  constructor(private readonly windowSeconds = REPLAY_WINDOW_SECONDS) {}

  get size(): number {
    return this.seen.size;
  }

  /** True the first time a (timestamp, signature) pair is offered within the window. */
  firstUse(timestamp: number, signature: string, nowSeconds: number): boolean {
    for (const [key, until] of this.seen) if (until < nowSeconds) this.seen.delete(key);
    const key = `${timestamp}:${signature.trim().toLowerCase()}`;
    if (this.seen.has(key)) return false;
    this.seen.set(key, timestamp + this.windowSeconds);
    return true;
  }
}

export type WebhookOptions = {
  secret: string;
  /** Expires what the changed paths show. */
  revalidate: (paths: string[]) => void;
  guard: ReplayGuard;
  nowSeconds?: number;
  maxBytes?: number;
  windowSeconds?: number;
};

function refuse(status: number, message: string, headers?: Record<string, string>): Response {
  return Response.json({ message }, { status, headers });
}

export async function handleWebhook(request: Request, options: WebhookOptions): Promise<Response> {
  const maxBytes = options.maxBytes ?? MAX_BODY_BYTES;
  const windowSeconds = options.windowSeconds ?? REPLAY_WINDOW_SECONDS;
  const body = await readBodyCapped(request, maxBytes);
  if (body === null) {
    // Closing the connection spares reading the rest of a body nobody will look at.
    return refuse(413, `The body is larger than ${maxBytes} bytes.`, { Connection: "close" });
  }

  const timestamp = request.headers.get(TIMESTAMP_HEADER)?.trim() ?? "";
  const signature = request.headers.get(SIGNATURE_HEADER);
  if (
    !verifySignature(timestamp, body, signature, options.secret) ||
    !/^\d{1,12}$/.test(timestamp)
  ) {
    return refuse(401, "Missing or wrong X-Guide-Signature or X-Guide-Timestamp.");
  }
  const now = options.nowSeconds ?? Math.floor(Date.now() / 1000);
  const sentAt = Number(timestamp);
  if (Math.abs(now - sentAt) > windowSeconds) {
    return refuse(
      401,
      `X-Guide-Timestamp is more than ${windowSeconds} s away from this server's clock.`,
    );
  }
  if (!options.guard.firstUse(sentAt, signature as string, now)) {
    return refuse(401, "This request has been received before.");
  }

  const parsed = parseRevalidateBody(new TextDecoder().decode(body));
  if (!parsed.ok) return refuse(400, parsed.message);
  options.revalidate(parsed.paths);
  return Response.json({ revalidated: parsed.paths });
}
