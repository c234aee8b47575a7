"use client";
/**
 * "Request information": a plain form posted to a server action. Without JavaScript the browser
 * posts it to this page (the permalink, scrolled to #enquire) and gets the page back with the
 * form as the action left it: every value as typed, each error beside its field, or a message
 * when the enquiry could not be sent. With JavaScript React does the same without a reload.
 */
import { type ReactNode, useActionState, useEffect, useRef } from "react";
import { sendEnquiry } from "@/app/actions/enquiry";
import { DEFAULT_LOCALE, type Locale } from "@/lib/i18n";
import { type Messages, messagesFor } from "@/lib/messages";
import {
  type EnquiryField,
  type EnquiryState,
  type FieldErrors,
  splitByShown,
} from "@/lib/enquiry";

export type DepartureChoice = { id: number; label: string };

/** What GET .../enquiries/form/ gave for this rendering. */
export type FormSettings = {
  /** A fresh token, used unless the visitor's own (sent back with the form) still holds. */
  token: string;
  heardFrom: { value: string; label: string }[];
  partySizeMin: number;
  partySizeMax: number;
};

type Props = {
  /** The form as first shown: the itinerary, the chosen departure and a fresh token. */
  initial: EnquiryState;
  /**
   * Null when the API could not give them: a new visitor then gets a message instead of a form
   * they could not send, while one whose enquiry just failed keeps the form and their text.
   */
  settings: FormSettings | null;
  /** The operator's address, offered when the form cannot be used. */
  contactEmail: string;
  /** Departures that can be asked for, to name the one chosen. */
  departures: DepartureChoice[];
  /** The page's path and the form's anchor: where a browser without scripts posts it. */
  permalink: string;
  /** Where the departures table is, to choose another date. */
  departuresAnchor: string | null;
  /** The page's language, for the form's own words. */
  locale?: Locale;
};

const ID = "enquiry";

function fieldId(field: EnquiryField): string {
  return `${ID}-${field.replace(/_/g, "-")}`;
}

function errorId(field: EnquiryField): string {
  return `${fieldId(field)}-error`;
}

/** The attributes that tie a field to its hint and error. */
function described(field: EnquiryField, errors: FieldErrors, hint?: string) {
  const ids = [hint, errors[field]?.length ? errorId(field) : null].filter(Boolean);
  return {
    id: fieldId(field),
    name: field,
    "aria-invalid": errors[field]?.length ? (true as const) : undefined,
    "aria-describedby": ids.length ? ids.join(" ") : undefined,
  };
}

function FieldError({
  field,
  errors,
  t,
}: {
  field: EnquiryField;
  errors: FieldErrors;
  t: Messages["enquiry"];
}) {
  const messages = errors[field];
  if (!messages?.length) return null;
  return (
    <p className="field__error" id={errorId(field)}>
      <span className="visually-hidden">{t.error}</span>
      {messages.join(" ")}
    </p>
  );
}

function Field({
  field,
  label,
  errors,
  children,
  hint,
  hintId,
  t,
}: {
  field: EnquiryField;
  label: ReactNode;
  errors: FieldErrors;
  children: ReactNode;
  hint?: ReactNode;
  hintId?: string;
  t: Messages["enquiry"];
}) {
  return (
    <div className={errors[field]?.length ? "field field--invalid" : "field"}>
      <label htmlFor={fieldId(field)}>{label}</label>
      {hint ? (
        <p className="field__hint" id={hintId}>
          {hint}
        </p>
      ) : null}
      <FieldError field={field} errors={errors} t={t} />
      {children}
    </div>
  );
}

export function EnquiryForm({
  initial,
  settings,
  contactEmail,
  departures,
  permalink,
  departuresAnchor,
  locale = DEFAULT_LOCALE,
}: Props) {
  const t = messagesFor(locale).enquiry;
  const [state, formAction, pending] = useActionState(sendEnquiry, initial, permalink);
  const { values } = state;
  const chosen = departures.find((departure) => String(departure.id) === values.departure.trim());
  // The dates are asked for only when no departure is chosen.
  const shown: EnquiryField[] = [
    "name",
    "email",
    ...(chosen ? [] : (["travel_date", "travel_month"] as const)),
    "party_size",
    "message",
    "heard_from",
    "consent",
  ];
  const { beside: errors, above } = splitByShown(state.errors, shown);
  const problems = [
    ...shown.flatMap((field) =>
      (errors[field] ?? []).map((message) => ({ href: `#${fieldId(field)}`, message })),
    ),
    ...above.map(({ message }) => ({ href: null, message })),
    ...state.general.map((message) => ({ href: null, message })),
  ];
  const fresh = state.status === "editing" || state.renewToken;
  const token = fresh && settings ? settings.token : values.token;
  const heardFrom = [...(settings?.heardFrom ?? [])];
  // An answer chosen before is kept even when the choices could not be fetched again.
  if (values.heard_from && !heardFrom.some((option) => option.value === values.heard_from)) {
    heardFrom.push({ value: values.heard_from, label: values.heard_from });
  }

  // With scripts, move focus to the message so it is read out; without, the page opens at it.
  const summary = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (state.status !== "editing") summary.current?.focus();
  }, [state]);

  if (!settings && state.status === "editing") {
    return (
      <p className="form-message form-message--failed">
        {t.cannotShow}
        {contactEmail ? (
          <>
            {t.writeToUs}
            <a href={`mailto:${contactEmail}`}>{contactEmail}</a>
          </>
        ) : null}
        .
      </p>
    );
  }

  return (
    <form action={formAction} className="enquiry" noValidate aria-describedby={`${ID}-intro`}>
      <p id={`${ID}-intro`} className="enquiry__intro">
        {t.intro} {/* Screen readers announce the required fields themselves. */}
        <span aria-hidden="true">{t.required}</span>
      </p>

      {state.message ? (
        <div
          ref={summary}
          className={`form-message form-message--${state.status}`}
          id={`${ID}-problem`}
          role={state.status === "failed" ? "alert" : undefined}
          tabIndex={-1}
        >
          <h3>{state.status === "failed" ? t.notSent : t.problem}</h3>
          <p>{state.message}</p>
          {problems.length ? (
            <ul>
              {problems.map(({ href, message }, i) => (
                <li key={`${i}-${message}`}>{href ? <a href={href}>{message}</a> : message}</li>
              ))}
            </ul>
          ) : null}
        </div>
      ) : null}

      <input type="hidden" name="itinerary" value={values.itinerary} />
      <input type="hidden" name="departure" value={chosen ? String(chosen.id) : ""} />
      <input type="hidden" name="token" value={token} />

      {chosen ? (
        <p className="enquiry__departure">
          {t.askingAbout}
          <strong>{chosen.label}</strong>.{" "}
          {departuresAnchor ? <a href={departuresAnchor}>{t.chooseAnother}</a> : null}
          {departuresAnchor ? t.or : null}
          <a href={permalink}>
            {departuresAnchor ? t.ask : t.Ask}
            {t.withoutDate}
          </a>
          .
        </p>
      ) : null}

      <Field field="name" label={<Required>{t.name}</Required>} errors={errors} t={t}>
        <input
          {...described("name", errors)}
          type="text"
          autoComplete="name"
          required
          defaultValue={values.name}
        />
      </Field>

      <Field field="email" label={<Required>{t.email}</Required>} errors={errors} t={t}>
        <input
          {...described("email", errors)}
          type="email"
          autoComplete="email"
          spellCheck={false}
          required
          defaultValue={values.email}
        />
      </Field>

      {chosen ? null : (
        <fieldset className="enquiry__when">
          <legend>{t.when}</legend>
          <p className="field__hint" id={`${ID}-when-hint`}>
            {t.whenHint}
          </p>
          <div className="enquiry__when-fields">
            <Field field="travel_date" label={t.date} errors={errors} t={t}>
              <input
                {...described("travel_date", errors, `${ID}-when-hint`)}
                type="date"
                defaultValue={values.travel_date}
              />
            </Field>
            <Field
              field="travel_month"
              label={t.orMonth}
              errors={errors}
              hint={t.monthHint}
              hintId={`${ID}-month-hint`}
              t={t}
            >
              <input
                {...described("travel_month", errors, `${ID}-month-hint`)}
                type="month"
                placeholder="YYYY-MM"
                defaultValue={values.travel_month}
              />
            </Field>
          </div>
        </fieldset>
      )}

      <Field
        field="party_size"
        label={<Required>{t.partySize}</Required>}
        errors={errors}
        hint={settings ? t.partySizeHint(settings.partySizeMin, settings.partySizeMax) : undefined}
        hintId={`${ID}-party-size-hint`}
        t={t}
      >
        <input
          {...described("party_size", errors, `${ID}-party-size-hint`)}
          type="number"
          inputMode="numeric"
          min={settings?.partySizeMin}
          max={settings?.partySizeMax}
          step={1}
          required
          className="enquiry__number"
          defaultValue={values.party_size}
        />
      </Field>

      <Field field="message" label={<Required>{t.message}</Required>} errors={errors} t={t}>
        <textarea
          {...described("message", errors)}
          rows={6}
          required
          defaultValue={values.message}
        />
      </Field>

      {heardFrom.length ? (
        <Field field="heard_from" label={t.heardFrom} errors={errors} t={t}>
          <select {...described("heard_from", errors)} defaultValue={values.heard_from}>
            <option value="">{t.chooseOne}</option>
            {heardFrom.map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </select>
        </Field>
      ) : null}

      <div
        className={
          errors.consent?.length ? "field field--check field--invalid" : "field field--check"
        }
      >
        <FieldError field="consent" errors={errors} t={t} />
        <input
          {...described("consent", errors)}
          type="checkbox"
          required
          defaultChecked={values.consent}
        />
        <label htmlFor={fieldId("consent")}>
          <Required>{t.consent}</Required>
        </label>
      </div>

      {/* The honeypot: hidden from people and from assistive technology; robots fill it in. */}
      <div className="enquiry__trap" aria-hidden="true">
        <label htmlFor={fieldId("website")}>{t.trap}</label>
        <input
          id={fieldId("website")}
          name="website"
          type="text"
          tabIndex={-1}
          autoComplete="off"
          defaultValue={values.website}
        />
      </div>

      <button type="submit" className="button" disabled={pending}>
        {pending ? t.sending : t.send}
      </button>
    </form>
  );
}

function Required({ children }: { children: ReactNode }) {
  return (
    <>
      {children}{" "}
      <span className="required" aria-hidden="true">
        *
      </span>
    </>
  );
}
