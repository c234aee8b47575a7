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
import { formatDurationRange, formatElevation, formatTemperature } from "@/lib/format";
import { DEFAULT_LOCALE, type Locale } from "@/lib/i18n";
import { enumLabel, messagesFor } from "@/lib/messages";

export function DestinationTemplate({
  page,
  locale = DEFAULT_LOCALE,
}: {
  page: DestinationPage;
  locale?: Locale;
}) {
  const words = messagesFor(locale);
  const t = words.destination;
  const temperature = page.temperature;
  const facts: Fact[] = [
    { label: t.kind, value: enumLabel(locale, "placeKind", page.place.kind) },
    {
      label: words.facts.altitude,
      value: formatElevation(page.place.elevation, undefined, locale),
    },
    {
      label: t.temperature,
      value:
        temperature && (temperature.min || temperature.max) ? (
          <>
            {[temperature.min, temperature.max]
              .filter((t): t is NonNullable<typeof t> => Boolean(t))
              .map((t) => formatTemperature(t, locale))
              .join(words.units.to)}
            {temperature.note ? <span className="facts__note"> ({temperature.note})</span> : null}
          </>
        ) : null,
    },
    {
      label: t.pools,
      value: page.pools ? (
        <>
          {formatCountRange(page.pools, locale)}
          {page.pools.note ? <span className="facts__note"> ({page.pools.note})</span> : null}
        </>
      ) : null,
    },
    { label: t.open, value: page.opening ? formatOpening(page.opening, locale) : null },
    {
      label: t.bestTime,
      value: page.opening?.best_time_of_day ? (
        <>
          {enumLabel(locale, "timeOfDay", page.opening.best_time_of_day)}
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
        eyebrow={enumLabel(locale, "pageType", "destination")}
      />
      <div className="container">
        <div className="facts-panel">
          <h2 className="visually-hidden">{words.facts.keyFacts}</h2>
          <Facts facts={facts} />
        </div>

        {page.access_routes.length ? (
          <Section id="getting-there" title={t.gettingThere}>
            <ul className="access-routes">
              {page.access_routes.map((route, index) => (
                <li key={index}>
                  <p className="access-routes__title">
                    <span className="mode">{enumLabel(locale, "mode", route.mode)}</span>
                    {t.accessFrom} {route.from_place.name}:{" "}
                    {formatDurationRange(route.duration_min, route.duration_max, locale)}
                  </p>
                  {route.notes ? <p>{route.notes}</p> : null}
                </li>
              ))}
            </ul>
          </Section>
        ) : null}

        {page.season.length ? (
          <Section id="season" title={t.whenToGo}>
            <SeasonStrip season={page.season} locale={locale} />
          </Section>
        ) : null}

        {page.experiences.length ? (
          <Section id="experiences" title={t.experiences}>
            <ExperienceList experiences={page.experiences} locale={locale} />
          </Section>
        ) : null}

        {page.water_composition.length ? (
          <Section id="water" title={t.water}>
            <WaterComposition water={page.water_composition} locale={locale} />
          </Section>
        ) : null}

        {page.wildlife.length ? (
          <Section id="wildlife" title={t.wildlife}>
            <WildlifeList wildlife={page.wildlife} locale={locale} />
          </Section>
        ) : null}

        {page.plants.length ? (
          <Section id="plants" title={t.plants}>
            <PlantList plants={page.plants} />
          </Section>
        ) : null}

        {page.facilities.length ? (
          <Section id="facilities" title={t.facilities}>
            <ul className="checklist">
              {page.facilities.map((facility) => (
                <li key={facility}>{facility}</li>
              ))}
            </ul>
          </Section>
        ) : null}

        {page.body.length ? (
          <div className="narrow">
            <Body blocks={page.body} locale={locale} />
          </div>
        ) : null}

        {page.faqs.length ? (
          <Section id="faqs" title={t.faqs}>
            <FaqList faqs={page.faqs} />
          </Section>
        ) : null}

        {page.communities.length ? (
          <Section id="communities" title={t.communities}>
            <LinkList links={page.communities} className="link-list--pills" />
          </Section>
        ) : null}

        {page.related_destinations.length ? (
          <Section id="related" title={t.related}>
            <NotedLinks links={page.related_destinations} />
          </Section>
        ) : null}
      </div>
    </article>
  );
}
