"use server";
/**
 * The enquiry form's server action. A browser without JavaScript posts the form to the page it
 * is on; Next runs this and answers with the same page, the form showing the returned state (the
 * visitor's text and the errors), or with a 303 to the thank-you page once the API has it.
 */
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { postEnquiry } from "@/api/client";
import { clientIp } from "@/lib/client-ip";
import { requestLocale } from "@/lib/request-context";
import {
  type EnquiryState,
  readValues,
  stateAfter,
  thanksPath,
  toEnquiryBody,
} from "@/lib/enquiry";

export async function sendEnquiry(_previous: EnquiryState, form: FormData): Promise<EnquiryState> {
  const values = readValues(form);
  const body = toEnquiryBody(values);
  // The form is posted to the page it is on: the proxy names that page's language.
  const locale = await requestLocale();
  const answer = await postEnquiry(body, clientIp(await headers()));
  const next = stateAfter(values, answer, locale);
  if (next) return next;
  redirect(thanksPath(body.itinerary, locale));
}
