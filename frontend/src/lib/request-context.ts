/** What the proxy told the render about this request (see request-headers.ts). */
import { headers } from "next/headers";
import { DEADLINE_HEADER, NONCE_HEADER, UNAVAILABLE_HEADER } from "./request-headers";

/** The CSP nonce for inline scripts of our own (JSON-LD), or undefined outside the proxy. */
export async function requestNonce(): Promise<string | undefined> {
  return (await headers()).get(NONCE_HEADER) ?? undefined;
}

/** The time by which every API call of this request must be over (undefined: the default). */
export async function requestDeadline(): Promise<number | undefined> {
  const value = Number((await headers()).get(DEADLINE_HEADER));
  return Number.isFinite(value) && value > 0 ? value : undefined;
}

/** Whether the proxy found the API down with no copy of this path to show. */
export async function apiUnavailable(): Promise<boolean> {
  return (await headers()).get(UNAVAILABLE_HEADER) === "1";
}
