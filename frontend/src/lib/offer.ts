/** What a card says about booking: the lowest price and the next departure, when it has them. */

export type Offer = {
  price: { amount: string; currency: string } | null;
  nextDate: string | null;
};

function isPrice(value: unknown): value is { amount: string; currency: string } {
  const price = value as { amount?: unknown; currency?: unknown } | null;
  return typeof price?.amount === "string" && typeof price.currency === "string";
}

/**
 * The lowest price and the next departure's date of a card that has them (`price_from` and
 * `next_departure`), or null. Read defensively: not every kind of card carries them.
 */
export function offerOf(card: object): Offer | null {
  const { price_from: price, next_departure: next } = card as {
    price_from?: unknown;
    next_departure?: { start_date?: unknown } | null;
  };
  const offer: Offer = {
    price: isPrice(price) ? price : null,
    nextDate: typeof next?.start_date === "string" ? next.start_date : null,
  };
  return offer.price || offer.nextDate ? offer : null;
}
