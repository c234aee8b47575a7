import type { CommunityIndexPage, DestinationIndexPage, ItineraryIndexPage } from "@/api/types";
import { CardGrid, ItineraryCardView, PlaceCardView } from "@/components/Cards";
import { PageHeader } from "@/components/PageHeader";
import { DEFAULT_LOCALE, type Locale } from "@/lib/i18n";
import { messagesFor } from "@/lib/messages";

export function ItineraryIndexTemplate({
  page,
  locale = DEFAULT_LOCALE,
}: {
  page: ItineraryIndexPage;
  locale?: Locale;
}) {
  return (
    <article className="index-page">
      <PageHeader
        title={page.title}
        lead={page.intro}
        eyebrow={messagesFor(locale).index.routes(page.count)}
      />
      <div className="container">
        <CardGrid>
          {page.items.map((card) => (
            <ItineraryCardView key={card.id} card={card} headingLevel={2} locale={locale} />
          ))}
        </CardGrid>
      </div>
    </article>
  );
}

export function DestinationIndexTemplate({
  page,
  locale = DEFAULT_LOCALE,
}: {
  page: DestinationIndexPage;
  locale?: Locale;
}) {
  return (
    <article className="index-page">
      <PageHeader
        title={page.title}
        lead={page.intro}
        eyebrow={messagesFor(locale).index.destinations(page.count)}
      />
      <div className="container">
        <CardGrid>
          {page.items.map((card) => (
            <PlaceCardView key={card.id} card={card} headingLevel={2} locale={locale} />
          ))}
        </CardGrid>
      </div>
    </article>
  );
}

export function CommunityIndexTemplate({
  page,
  locale = DEFAULT_LOCALE,
}: {
  page: CommunityIndexPage;
  locale?: Locale;
}) {
  return (
    <article className="index-page">
      <PageHeader
        title={page.title}
        lead={page.intro}
        eyebrow={messagesFor(locale).index.communities(page.count)}
      />
      <div className="container">
        <CardGrid>
          {page.items.map((card) => (
            <PlaceCardView key={card.id} card={card} headingLevel={2} locale={locale} />
          ))}
        </CardGrid>
      </div>
    </article>
  );
}
