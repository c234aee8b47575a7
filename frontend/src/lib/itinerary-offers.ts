/**
 * The lowest price and next departure of every itinerary, by id, for cards whose own data lacks
 * them (the home page's featured pages). One cached listing call per language (each language's
 * pages have their own ids); nothing when it fails.
 */
import { cache } from "react";
import { fetchItineraries } from "@/api/client";
import { DEFAULT_LOCALE, type Locale } from "./i18n";
import { type Offer, offerOf } from "./offer";
import { requestDeadline } from "./request-context";
import { localeQuery } from "./search";

export const loadItineraryOffers = cache(
  async (locale: Locale = DEFAULT_LOCALE): Promise<Map<number, Offer>> => {
    const offers = new Map<number, Offer>();
    try {
      const result = await fetchItineraries(
        { fields: "price_from,next_departure", limit: "100", ...localeQuery(locale) },
        await requestDeadline(),
      );
      if (!result.ok) return offers;
      for (const card of result.data.items) {
        const offer = offerOf(card);
        if (offer) offers.set(card.id, offer);
      }
    } catch (error) {
      console.warn(`Featured cards without prices: ${(error as Error).message}`);
    }
    return offers;
  },
);
