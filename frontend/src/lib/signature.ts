/** The revalidation webhook's signature: `X-Guide-Signature: sha256=<hex HMAC-SHA256 of the body>`. */
import { createHmac, timingSafeEqual } from "node:crypto";

export const SIGNATURE_HEADER = "x-guide-signature";

/** The header value Django sends for `body` signed with `secret`. */
export function sign(body: string | Uint8Array, secret: string): string {
  return `sha256=${createHmac("sha256", secret).update(body).digest("hex")}`;
}

/** Whether `header` is the signature of the raw `body`; compared in constant time. */
export function verifySignature(
  body: string | Uint8Array,
  header: string | null | undefined,
  secret: string,
): boolean {
  if (!header || !secret) return false;
  const expected = Buffer.from(sign(body, secret), "utf8");
  const given = Buffer.from(header.trim().toLowerCase(), "utf8");
  // timingSafeEqual needs equal lengths; a length mismatch says nothing about the secret.
  if (given.length !== expected.length) return false;
  return timingSafeEqual(given, expected);
}
