import type { DestinationPage } from "@/api/types";
import { Body } from "@/components/Body";
import {
  ExperienceList,
  NotedLinks,
  PlantList,
  WaterComposition,
  WildlifeList,
} from "@/components/FactLists";
import { type Fact, Facts } from "@/components/Facts";
import { formatCountRange, formatOpening } from "@/components/fact-text";
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
    {
      label: "Pools",
      value: page.pools ? (
        <>
          {formatCountRange(page.pools)}
          {page.pools.note ? <span className="facts__note"> ({page.pools.note})</span> : null}
        </>
      ) : null,
    },
    { label: "Open", value: page.opening ? formatOpening(page.opening) : null },
    {
      label: "Best time of day",
      value: page.opening?.best_time_of_day ? (
        <>
          {humanize(page.opening.best_time_of_day)}
          {page.opening.best_time_note ? (
            <span className="facts__note"> ({page.opening.best_time_note})</span>
          ) : null}
        </>
      ) : null,
    },
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

        {page.experiences.length ? (
          <Section id="experiences" title="What you can do there">
            <ExperienceList experiences={page.experiences} />
          </Section>
        ) : null}

        {page.water_composition.length ? (
          <Section id="water" title="What is in the water">
            <WaterComposition water={page.water_composition} />
          </Section>
        ) : null}

        {page.wildlife.length ? (
          <Section id="wildlife" title="Wildlife you may see">
            <WildlifeList wildlife={page.wildlife} />
          </Section>
        ) : null}

        {page.plants.length ? (
          <Section id="plants" title="Plants and their traditional uses">
            <PlantList plants={page.plants} />
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

        {page.communities.length ? (
          <Section id="communities" title="Communities nearby">
            <LinkList links={page.communities} className="link-list--pills" />
          </Section>
        ) : null}

        {page.related_destinations.length ? (
          <Section id="related" title="Nearby destinations">
            <NotedLinks links={page.related_destinations} />
          </Section>
        ) : null}
      </div>
    </article>
  );
}
