import type { HomePage } from "@/api/types";
import { CardGrid, PageCardView } from "@/components/Cards";
import { PageHeader } from "@/components/PageHeader";
import { Section } from "@/components/Section";
import { DEFAULT_LOCALE, type Locale } from "@/lib/i18n";
import { loadItineraryOffers } from "@/lib/itinerary-offers";
import { messagesFor } from "@/lib/messages";

/** Itineraries first, then destinations, then communities; the editor's order within each. */
const ORDER = { itinerary: 0, destination: 1, community: 2 } as const;

export async function HomeTemplate({
  page,
  locale = DEFAULT_LOCALE,
}: {
  page: HomePage;
  locale?: Locale;
}) {
  const t = messagesFor(locale).home;
  const featured = [...page.featured].sort((a, b) => ORDER[a.type] - ORDER[b.type]);
  // Featured cards carry no prices: the itinerary listing has them.
  const offers = featured.some((card) => card.type === "itinerary")
    ? await loadItineraryOffers(locale)
    : new Map();
  return (
    <article className="home">
      <PageHeader title={page.title} lead={page.intro} image={page.hero_image} />
      <div className="container">
        {featured.length ? (
          <Section id="featured" title={t.featured}>
            <CardGrid>
              {featured.map((card) => (
                <PageCardView
                  key={card.id}
                  card={card}
                  offer={card.type === "itinerary" ? offers.get(card.id) : null}
                  locale={locale}
                />
              ))}
            </CardGrid>
          </Section>
        ) : null}
        {page.sections.length ? (
          <Section id="explore" title={t.explore}>
            <ul className="section-links">
              {page.sections.map((section) => (
                <li key={section.id}>
                  <a href={section.path}>{section.title}</a>
                </li>
              ))}
            </ul>
          </Section>
        ) : null}
      </div>
    </article>
  );
}
