import type { CommunityIndexPage, DestinationIndexPage, ItineraryIndexPage } from "@/api/types";
import { CardGrid, ItineraryCardView, PlaceCardView } from "@/components/Cards";
import { PageHeader } from "@/components/PageHeader";

function count(n: number, noun: string) {
  return `${n} ${noun}${n === 1 ? "" : "s"}`;
}

export function ItineraryIndexTemplate({ page }: { page: ItineraryIndexPage }) {
  return (
    <article className="index-page">
      <PageHeader title={page.title} lead={page.intro} eyebrow={count(page.count, "route")} />
      <div className="container">
        <CardGrid>
          {page.items.map((card) => (
            <ItineraryCardView key={card.id} card={card} headingLevel={2} />
          ))}
        </CardGrid>
      </div>
    </article>
  );
}

export function DestinationIndexTemplate({ page }: { page: DestinationIndexPage }) {
  return (
    <article className="index-page">
      <PageHeader title={page.title} lead={page.intro} eyebrow={count(page.count, "destination")} />
      <div className="container">
        <CardGrid>
          {page.items.map((card) => (
            <PlaceCardView key={card.id} card={card} headingLevel={2} />
          ))}
        </CardGrid>
      </div>
    </article>
  );
}

export function CommunityIndexTemplate({ page }: { page: CommunityIndexPage }) {
  return (
    <article className="index-page">
      <PageHeader title={page.title} lead={page.intro} eyebrow={count(page.count, "community")} />
      <div className="container">
        <CardGrid>
          {page.items.map((card) => (
            <PlaceCardView key={card.id} card={card} headingLevel={2} />
          ))}
        </CardGrid>
      </div>
    </article>
  );
}
