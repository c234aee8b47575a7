import type { ReactNode } from "react";
import type {
  Image,
  ItineraryCard as ItineraryCardData,
  PageCard,
  PlacePageCard,
} from "@/api/types";
import { formatDate, formatDistance, formatElevation, formatPrice, humanize } from "@/lib/format";
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
}: {
  path: string;
  title: string;
  summary: string;
  image: Image | null;
  meta?: string[];
  headingLevel?: 2 | 3;
  offer?: Offer | null;
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
        {offer ? <OfferLine offer={offer} /> : null}
        {summary ? <p>{summary}</p> : null}
      </div>
    </article>
  );
}

function OfferLine({ offer }: { offer: Offer }) {
  return (
    <p className="card__offer">
      {offer.price ? (
        <span>
          From <strong>{formatPrice(offer.price)}</strong> per person
        </span>
      ) : null}
      {offer.price && offer.nextDate ? <span aria-hidden="true"> · </span> : null}
      {offer.nextDate ? (
        <span>
          {offer.price ? "next" : "Next"} departure{" "}
          <time dateTime={offer.nextDate}>{formatDate(offer.nextDate)}</time>
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
}: {
  card: PageCard;
  headingLevel?: 2 | 3;
  /** The itinerary's price and next date, when the card itself does not carry them. */
  offer?: Offer | null;
}) {
  return (
    <Card
      path={card.path}
      title={card.title}
      summary={card.summary}
      image={card.hero_image}
      meta={[humanize(card.type)]}
      headingLevel={headingLevel}
      offer={offerOf(card) ?? offer}
    />
  );
}

export function ItineraryCardView({
  card,
  headingLevel,
}: {
  card: ItineraryCardData;
  headingLevel?: 2 | 3;
}) {
  const meta = [
    `${card.duration_days} day${card.duration_days === 1 ? "" : "s"}`,
    card.total_distance ? formatDistance(card.total_distance) : null,
    card.max_altitude ? `Up to ${formatElevation(card.max_altitude)}` : null,
    humanize(card.difficulty),
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
    />
  );
}

export function PlaceCardView({
  card,
  headingLevel,
}: {
  card: PlacePageCard;
  headingLevel?: 2 | 3;
}) {
  return (
    <Card
      path={card.path}
      title={card.title}
      summary={card.summary}
      image={card.hero_image}
      meta={[
        humanize(card.place.kind),
        formatElevation(card.place.elevation, card.place.precision.elevation),
      ]}
      headingLevel={headingLevel}
    />
  );
}
