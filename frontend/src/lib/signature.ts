/**
 * The revalidation webhook's signature. Django sends `X-Guide-Timestamp: <unix seconds>` and
 * `X-Guide-Signature: sha256=<hex HMAC-SHA256 of "<timestamp>.<body>">`: signing the time too
 * means a captured request cannot be replayed later with a fresh timestamp.
 */
import { createHmac, timingSafeEqual } from "node:crypto";

export const SIGNATURE_HEADER = "x-guide-signature";
export const TIMESTAMP_HEADER = "x-guide-timestamp";

/** The header value Django sends for `body` sent at `timestamp`, signed with `secret`. */
export function sign(timestamp: string, body: string | Uint8Array, secret: string): string {
  const hmac = createHmac("sha256", secret).update(`${timestamp}.`).update(body);
  return `sha256=${hmac.digest("hex")}`;
}

/** Whether `header` is the signature of `timestamp` and the raw `body`; compared in constant time. */
export function verifySignature(
  timestamp: string,
  body: string | Uint8Array,
  header: string | null | undefined,
  secret: string,
): boolean {
  if (!header || !secret) return false;
  const expected = Buffer.from(sign(timestamp, body, secret), "utf8");
  const given = Buffer.from(header.trim().toLowerCase(), "utf8");
  // timingSafeEqual needs equal lengths; a length mismatch says nothing about the secret.
  if (given.length !== expected.length) return false;
  return timingSafeEqual(given, expected);
}

/** The header naming the visitor's address when this site posts on their behalf (enquiries). */
export const CLIENT_IP_HEADER = "X-Guide-Client-IP";
/** Its proof: the hex HMAC-SHA256 of that address with the same shared secret. */
export const CLIENT_IP_SIGNATURE_HEADER = "X-Guide-Client-Signature";

/** The hex HMAC-SHA256 of the visitor's address, so Django can trust the address we name. */
export function signClientIp(ip: string, secret: string): string {
  return createHmac("sha256", secret).update(ip).digest("hex");
}
