/**
 * The visitor's address, for the API calls this site makes on a visitor's behalf. It is the last
 * entry of X-Forwarded-For: the one the nearest proxy appended (or, without a proxy, the socket's
 * address that Next's server puts there). Entries to its left are whatever the client sent, so
 * trusting the first would let a visitor pick the address its rate limit is counted on.
 */
import { isIP } from "node:net";

/** "::ffff:203.0.113.7" → "203.0.113.7"; "[2001:db8::1]:443" → "2001:db8::1"; junk → null. */
export function normalizeIp(value: string | null | undefined): string | null {
  let text = (value ?? "").trim();
  if (!text) return null;
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(text);
  if (bracketed) text = bracketed[1] as string;
  const withPort = /^(\d{1,3}(?:\.\d{1,3}){3}):\d+$/.exec(text);
  if (withPort) text = withPort[1] as string;
  const mapped = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/i.exec(text);
  if (mapped) text = mapped[1] as string;
  return isIP(text) ? text.toLowerCase() : null;
}

/** The visitor's address from the request headers, or null when there is none to trust. */
export function clientIp(headers: Pick<Headers, "get">): string | null {
  const forwarded = headers.get("x-forwarded-for");
  if (!forwarded) return null;
  return normalizeIp(forwarded.split(",").at(-1));
}
