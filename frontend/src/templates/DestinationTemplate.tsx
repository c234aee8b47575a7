import type { DestinationPage } from "@/api/types";
import { Body } from "@/components/Body";
import { type Fact, Facts } from "@/components/Facts";
import { FaqList } from "@/components/FaqList";
import { LinkList } from "@/components/LinkList";
import { PageHeader } from "@/components/PageHeader";
import { SeasonStrip } from "@/components/SeasonStrip";
import { Section } from "@/components/Section";
import { formatDurationRange, formatElevation, formatTemperature, humanize } from "@/lib/format";

export function DestinationTemplate({ page }: { page: DestinationPage }) {
  const temperature = page.temperature;
  const facts: Fact[] = [
    { label: "Kind", value: humanize(page.place.kind) },
    { label: "Altitude", value: formatElevation(page.place.elevation) },
    {
      label: "Temperature",
      value:
        temperature && (temperature.min || temperature.max) ? (
          <>
            {[temperature.min, temperature.max]
              .filter((t): t is NonNullable<typeof t> => Boolean(t))
              .map(formatTemperature)
              .join(" to ")}
            {temperature.note ? <span className="facts__note"> ({temperature.note})</span> : null}
          </>
        ) : null,
    },
    { label: "Pools", value: page.pool_count ?? null },
  ];
  return (
    <article className="destination">
      <PageHeader
        title={page.title}
        lead={page.summary}
        image={page.hero_image}
        eyebrow="Destination"
      />
      <div className="container">
        <div className="facts-panel">
          <h2 className="visually-hidden">Key facts</h2>
          <Facts facts={facts} />
        </div>

        {page.access_routes.length ? (
          <Section id="getting-there" title="How to get there">
            <ul className="access-routes">
              {page.access_routes.map((route, index) => (
                <li key={index}>
                  <p className="access-routes__title">
                    <span className="mode">{humanize(route.mode)}</span> from{" "}
                    {route.from_place.name}:{" "}
                    {formatDurationRange(route.duration_min, route.duration_max)}
                  </p>
                  {route.notes ? <p>{route.notes}</p> : null}
                </li>
              ))}
            </ul>
          </Section>
        ) : null}

        {page.season.length ? (
          <Section id="season" title="When to go">
            <SeasonStrip season={page.season} />
          </Section>
        ) : null}

        {page.facilities.length ? (
          <Section id="facilities" title="Facilities">
            <ul className="checklist">
              {page.facilities.map((facility) => (
                <li key={facility}>{facility}</li>
              ))}
            </ul>
          </Section>
        ) : null}

        {page.body.length ? (
          <div className="narrow">
            <Body blocks={page.body} />
          </div>
        ) : null}

        {page.faqs.length ? (
          <Section id="faqs" title="Questions and answers">
            <FaqList faqs={page.faqs} />
          </Section>
        ) : null}

        {page.related_destinations.length ? (
          <Section id="related" title="Nearby destinations">
            <LinkList links={page.related_destinations} className="link-list--pills" />
          </Section>
        ) : null}
      </div>
    </article>
  );
}
