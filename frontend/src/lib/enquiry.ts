/**
 * The "Request information" form, without React: what a submitted form becomes in the API's body,
 * and what the API's answer becomes on the form (errors beside their fields, a message on top).
 * The server action (src/app/actions/enquiry.ts) and the form component use these.
 */
import { DEFAULT_LOCALE, type Locale, withLocale } from "./i18n";
import { messagesFor } from "./messages";

/** The form's inputs, as typed: each one comes back unchanged when the form is shown again. */
export type EnquiryValues = {
  name: string;
  email: string;
  travel_date: string;
  travel_month: string;
  party_size: string;
  message: string;
  heard_from: string;
  consent: boolean;
  itinerary: string;
  departure: string;
  token: string;
  /** The honeypot: people never see it, so it stays empty unless a robot fills it in. */
  website: string;
};

export type EnquiryField = keyof EnquiryValues;

/**
 * POST /api/v3/guide/enquiries/. `party_size` is a number when one was typed; anything else typed
 * there is sent as it is, for the API to refuse in its own words, and an empty one not at all.
 */
export type EnquiryBody = {
  name: string;
  email: string;
  travel_date: string | null;
  travel_month: string | null;
  party_size?: number | string;
  itinerary: number | null;
  departure: number | null;
  message: string;
  heard_from: string;
  consent: boolean;
  token: string;
  website: string;
};

/** Field → the messages shown beside it. */
export type FieldErrors = Partial<Record<EnquiryField, string[]>>;

/**
 * What the form shows: nothing sent yet ("editing"), refused input ("invalid": errors by field),
 * or a failure to send ("failed": the service was busy, down or refused the size).
 */
export type EnquiryState = {
  status: "editing" | "invalid" | "failed";
  values: EnquiryValues;
  errors: FieldErrors;
  /** Errors that belong to no field of the form. */
  general: string[];
  /** The message above the form; null while editing. */
  message: string | null;
  /** Whether the form should be shown again with a fresh token (the old one was refused). */
  renewToken: boolean;
};

/** Every field in the order the form shows them (errors are listed in this order too). */
export const FIELD_ORDER: readonly EnquiryField[] = [
  "name",
  "email",
  "travel_date",
  "travel_month",
  "party_size",
  "message",
  "heard_from",
  "consent",
  "itinerary",
  "departure",
  "token",
  "website",
];

const TEXT_FIELDS = FIELD_ORDER.filter(
  (field): field is Exclude<EnquiryField, "consent"> => field !== "consent",
);

export function emptyValues(initial: Partial<EnquiryValues> = {}): EnquiryValues {
  return {
    name: "",
    email: "",
    travel_date: "",
    travel_month: "",
    party_size: "",
    message: "",
    heard_from: "",
    consent: false,
    itinerary: "",
    departure: "",
    token: "",
    website: "",
    ...initial,
  };
}

export function initialState(values: Partial<EnquiryValues> = {}): EnquiryState {
  return {
    status: "editing",
    values: emptyValues(values),
    errors: {},
    general: [],
    message: null,
    renewToken: false,
  };
}

type FormDataLike = { get(name: string): FormDataEntryValue | null };

/** The submitted inputs as text, as typed (files, which the form has none of, count as empty). */
export function readValues(form: FormDataLike): EnquiryValues {
  const values = emptyValues();
  for (const name of TEXT_FIELDS) {
    const value = form.get(name);
    values[name] = typeof value === "string" ? value : "";
  }
  values.consent = form.get("consent") !== null;
  return values;
}

const ID = /^[1-9]\d{0,9}$/;

function optionalId(value: string): number | null {
  const text = value.trim();
  return ID.test(text) ? Number(text) : null;
}

/**
 * The API's body from the typed values. Text is trimmed and empty optional fields are null; a
 * party size that is a whole number is sent as one. Nothing else is judged here: a party size
 * that is not a number goes as typed (or not at all when empty), and so does a date, so the API
 * finds every mistake at once and words each one itself.
 */
export function toEnquiryBody(values: EnquiryValues): EnquiryBody {
  const partySize = values.party_size.trim();
  return {
    name: values.name.trim(),
    email: values.email.trim(),
    travel_date: values.travel_date.trim() || null,
    travel_month: values.travel_month.trim() || null,
    ...(partySize
      ? { party_size: /^\d{1,6}$/.test(partySize) ? Number(partySize) : partySize }
      : {}),
    itinerary: optionalId(values.itinerary),
    departure: optionalId(values.departure),
    message: values.message.trim(),
    heard_from: values.heard_from,
    consent: values.consent,
    token: values.token,
    website: values.website,
  };
}

function messagesOf(value: unknown): string[] {
  if (typeof value === "string") return value ? [value] : [];
  if (Array.isArray(value)) return value.filter((item): item is string => typeof item === "string");
  return [];
}

/**
 * A 400's `errors` ({field: [messages]}) as the form's field errors. Messages for anything that is
 * not a field of the form (a "__all__" or a name the form does not know) go under `other`.
 */
export function fieldErrorsOf(errors: unknown): { fields: FieldErrors; other: string[] } {
  const fields: FieldErrors = {};
  const other: string[] = [];
  if (!errors || typeof errors !== "object" || Array.isArray(errors)) return { fields, other };
  for (const [name, value] of Object.entries(errors as Record<string, unknown>)) {
    const messages = messagesOf(value);
    if (!messages.length) continue;
    if ((FIELD_ORDER as readonly string[]).includes(name)) {
      fields[name as EnquiryField] = [...(fields[name as EnquiryField] ?? []), ...messages];
    } else {
      other.push(...messages);
    }
  }
  return { fields, other };
}

/**
 * The errors the form can show beside a field it renders, and the rest (hidden fields, fields the
 * form leaves out) for the list above it, in form order.
 */
export function splitByShown(
  errors: FieldErrors,
  shown: readonly EnquiryField[],
): { beside: FieldErrors; above: { field: EnquiryField; message: string }[] } {
  const beside: FieldErrors = {};
  const above: { field: EnquiryField; message: string }[] = [];
  for (const field of FIELD_ORDER) {
    const messages = errors[field];
    if (!messages?.length) continue;
    if (shown.includes(field)) beside[field] = messages;
    else for (const message of messages) above.push({ field, message });
  }
  return { beside, above };
}

/** "Retry-After: 90" → "in about 2 minutes"; an HTTP date or nothing → "later". */
export function retryAfterText(
  header: string | null | undefined,
  now = Date.now(),
  locale: Locale = DEFAULT_LOCALE,
): string {
  const words = messagesFor(locale).enquiry;
  const value = (header ?? "").trim();
  let seconds: number | null = null;
  if (/^\d+$/.test(value)) seconds = Number(value);
  else if (value) {
    const at = Date.parse(value);
    if (Number.isFinite(at)) seconds = Math.max(0, Math.round((at - now) / 1000));
  }
  if (seconds === null) return words.later;
  if (seconds <= 60) return words.inAMinute;
  const minutes = Math.ceil(seconds / 60);
  if (minutes < 90) return words.inMinutes(minutes);
  return words.inHours(Math.round(minutes / 60));
}

/** What the API answered a POST, as far as the form is concerned. */
export type EnquiryAnswer =
  | { kind: "received" }
  | { kind: "refused"; status: number; body: unknown; retryAfter: string | null }
  | { kind: "unavailable" };

/**
 * The form's next state after a POST: null when the enquiry was received (the visitor goes on to
 * the thank-you page). Whatever happens, the values stay as the visitor typed them.
 */
export function stateAfter(
  values: EnquiryValues,
  answer: EnquiryAnswer,
  locale: Locale = DEFAULT_LOCALE,
): EnquiryState | null {
  if (answer.kind === "received") return null;
  const words = messagesFor(locale).enquiry;
  const failed = (message: string): EnquiryState => ({
    status: "failed",
    values,
    errors: {},
    general: [],
    message,
    renewToken: false,
  });
  if (answer.kind === "unavailable") {
    return failed(words.unavailable);
  }
  const body = (answer.body ?? {}) as { message?: unknown; errors?: unknown };
  const apiMessage = typeof body.message === "string" ? body.message : "";
  if (answer.status === 429) {
    return failed(words.tooMany(retryAfterText(answer.retryAfter, Date.now(), locale)));
  }
  if (answer.status === 413) {
    return failed(words.tooLong);
  }
  if (answer.status === 400) {
    const { fields, other } = fieldErrorsOf(body.errors);
    return {
      status: "invalid",
      values,
      errors: fields,
      general: other,
      message: apiMessage || words.checkBelow,
      // A refused token (expired, or sent too soon) cannot be sent again: show a fresh one.
      renewToken: Boolean(fields.token?.length),
    };
  }
  return failed(words.failedStatus(answer.status));
}

/**
 * Where a visitor goes once the enquiry is received: the thank-you page, naming the trip, in
 * the visitor's language ("/es/enquiry/thanks/").
 */
export function thanksPath(itinerary: number | null, locale: Locale = DEFAULT_LOCALE): string {
  const path = withLocale("/enquiry/thanks/", locale);
  return itinerary ? `${path}?itinerary=${itinerary}` : path;
}
