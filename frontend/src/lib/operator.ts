/** Who runs the trips (name, email, phone, website), for the footer; cached like any answer. */
import { cache } from "react";
import { fetchOperator } from "@/api/client";
import type { Operator } from "@/api/types";
import { requestDeadline } from "./request-context";

export const NO_OPERATOR: Operator = { name: "", email: "", phone: "", website: "", address: "" };

function text(value: unknown): string {
  return typeof value === "string" ? value.trim() : "";
}

/** The operator's fields as trimmed strings; anything missing or malformed is "". */
export function cleanOperator(data: unknown): Operator {
  const record = (data && typeof data === "object" ? data : {}) as Record<string, unknown>;
  return {
    name: text(record.name),
    email: text(record.email),
    phone: text(record.phone),
    website: text(record.website),
    address: text(record.address),
  };
}

/** "+51 84 123 456" → "tel:+5184123456": the digits and a leading plus. */
export function telHref(phone: string): string | null {
  const digits = phone.replace(/[^\d+]/g, "").replace(/(?!^)\+/g, "");
  return /\d{3,}/.test(digits) ? `tel:${digits}` : null;
}

/** A website link only for http(s) URLs; "example.com" gets https://. */
export function websiteHref(website: string): string | null {
  const value = website.trim();
  if (!value) return null;
  const withScheme = /^[a-z][a-z0-9+.-]*:/i.test(value) ? value : `https://${value}`;
  try {
    const url = new URL(withScheme);
    return url.protocol === "http:" || url.protocol === "https:" ? url.toString() : null;
  } catch {
    return null;
  }
}

/** "https://www.example.com/" → "www.example.com": the address as people read it. */
export function websiteLabel(href: string): string {
  return href.replace(/^https?:\/\//, "").replace(/\/$/, "");
}

export const loadOperator = cache(async (): Promise<Operator> => {
  if (process.env.NEXT_PHASE === "phase-production-build") return NO_OPERATOR;
  try {
    const result = await fetchOperator(await requestDeadline());
    return result.ok ? cleanOperator(result.data) : NO_OPERATOR;
  } catch {
    // The footer degrades to its plain text rather than take the page down.
    return NO_OPERATOR;
  }
});
