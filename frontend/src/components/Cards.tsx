import type { ReactNode } from "react";
import type {
  Image,
  ItineraryCard as ItineraryCardData,
  PageCard,
  PlacePageCard,
} from "@/api/types";
import { formatDate, formatDistance, formatElevation, formatPrice } from "@/lib/format";
import { DEFAULT_LOCALE, type Locale } from "@/lib/i18n";
import { enumLabel, messagesFor } from "@/lib/messages";
import { type Offer, offerOf } from "@/lib/offer";
import { ResponsiveImage } from "./ResponsiveImage";

const CARD_SIZES = "(min-width: 60rem) 22rem, (min-width: 40rem) 45vw, 100vw";

function Card({
  path,
  title,
  summary,
  image,
  meta,
  headingLevel = 3,
  offer,
  locale,
}: {
  path: string;
  title: string;
  summary: string;
  image: Image | null;
  meta?: string[];
  headingLevel?: 2 | 3;
  offer?: Offer | null;
  locale: Locale;
}) {
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <article className="card">
      {image ? <ResponsiveImage className="card__image" image={image} sizes={CARD_SIZES} /> : null}
      <div className="card__body">
        <Heading className="card__title">
          <a href={path}>{title}</a>
        </Heading>
        {meta?.length ? (
          <ul className="card__meta">
            {meta.map((item) => (
              <li key={item}>{item}</li>
            ))}
          </ul>
        ) : null}
        {offer ? <OfferLine offer={offer} locale={locale} /> : null}
        {summary ? <p>{summary}</p> : null}
      </div>
    </article>
  );
}

function OfferLine({ offer, locale }: { offer: Offer; locale: Locale }) {
  const t = messagesFor(locale).cards;
  return (
    <p className="card__offer">
      {offer.price ? (
        <span>
          {t.from}
          <strong>{formatPrice(offer.price, locale)}</strong>
          {t.perPerson}
        </span>
      ) : null}
      {offer.price && offer.nextDate ? <span aria-hidden="true"> · </span> : null}
      {offer.nextDate ? (
        <span>
          {offer.price ? t.next : t.Next}
          {t.departure} <time dateTime={offer.nextDate}>{formatDate(offer.nextDate, locale)}</time>
        </span>
      ) : null}
    </p>
  );
}

export function CardGrid({ children, label }: { children: ReactNode; label?: string }) {
  return (
    <div className="card-grid" role={label ? "group" : undefined} aria-label={label}>
      {children}
    </div>
  );
}

export function PageCardView({
  card,
  headingLevel,
  offer,
  locale = DEFAULT_LOCALE,
}: {
  card: PageCard;
  headingLevel?: 2 | 3;
  /** The itinerary's price and next date, when the card itself does not carry them. */
  offer?: Offer | null;
  locale?: Locale;
}) {
  return (
    <Card
      path={card.path}
      title={card.title}
      summary={card.summary}
      image={card.hero_image}
      meta={[enumLabel(locale, "pageType", card.type)]}
      headingLevel={headingLevel}
      offer={offerOf(card) ?? offer}
      locale={locale}
    />
  );
}

export function ItineraryCardView({
  card,
  headingLevel,
  locale = DEFAULT_LOCALE,
}: {
  card: ItineraryCardData;
  headingLevel?: 2 | 3;
  locale?: Locale;
}) {
  const t = messagesFor(locale).cards;
  const meta = [
    t.days(card.duration_days),
    card.total_distance ? formatDistance(card.total_distance, locale) : null,
    card.max_altitude ? t.upTo(formatElevation(card.max_altitude, undefined, locale)) : null,
    enumLabel(locale, "difficulty", card.difficulty),
  ].filter((item): item is string => Boolean(item));
  return (
    <Card
      path={card.path}
      title={card.title}
      summary={card.summary}
      image={card.hero_image}
      meta={meta}
      headingLevel={headingLevel}
      offer={offerOf(card)}
      locale={locale}
    />
  );
}

export function PlaceCardView({
  card,
  headingLevel,
  locale = DEFAULT_LOCALE,
}: {
  card: PlacePageCard;
  headingLevel?: 2 | 3;
  locale?: Locale;
}) {
  return (
    <Card
      path={card.path}
      title={card.title}
      summary={card.summary}
      image={card.hero_image}
      meta={[
        enumLabel(locale, "placeKind", card.place.kind),
        formatElevation(card.place.elevation, card.place.precision.elevation, locale),
      ]}
      headingLevel={headingLevel}
      locale={locale}
    />
  );
}
