import type { CommunityPage } from "@/api/types";
import { Body } from "@/components/Body";
import { ExperienceList } from "@/components/FactLists";
import { type Fact, Facts } from "@/components/Facts";
import { LinkList } from "@/components/LinkList";
import { PageHeader } from "@/components/PageHeader";
import { RichText } from "@/components/RichText";
import { Section } from "@/components/Section";
import { formatElevation, formatList } from "@/lib/format";
import { DEFAULT_LOCALE, type Locale } from "@/lib/i18n";
import { enumLabel, messagesFor } from "@/lib/messages";

export function CommunityTemplate({
  page,
  locale = DEFAULT_LOCALE,
}: {
  page: CommunityPage;
  locale?: Locale;
}) {
  const words = messagesFor(locale);
  const t = words.community;
  const facts: Fact[] = [
    {
      label: words.facts.altitude,
      value: formatElevation(page.place.elevation, undefined, locale),
    },
    {
      label: t.languages,
      value: page.languages.length ? formatList(page.languages, undefined, locale) : null,
    },
    {
      label: t.knownFor,
      value: page.known_for.length ? (
        <ul className="plain-list">
          {page.known_for.map((item) => (
            <li key={item}>{item}</li>
          ))}
        </ul>
      ) : null,
    },
  ];
  return (
    <article className="community">
      <PageHeader
        title={page.title}
        lead={page.summary}
        image={page.hero_image}
        eyebrow={enumLabel(locale, "pageType", "community")}
      />
      <div className="container">
        <div className="facts-panel">
          <h2 className="visually-hidden">{t.profile}</h2>
          <Facts facts={facts} />
        </div>

        {page.traditions ? (
          <Section id="traditions" title={t.traditions} className="narrow">
            <RichText html={page.traditions} />
          </Section>
        ) : null}

        {page.experiences.length ? (
          <Section id="experiences" title={t.experiences}>
            <ExperienceList experiences={page.experiences} locale={locale} />
          </Section>
        ) : null}

        {page.etiquette.length ? (
          <Section id="etiquette" title={t.etiquette} className="narrow">
            <ul className="checklist">
              {page.etiquette.map((rule) => (
                <li key={rule}>{rule}</li>
              ))}
            </ul>
          </Section>
        ) : null}

        {page.body.length ? (
          <div className="narrow">
            <Body blocks={page.body} locale={locale} />
          </div>
        ) : null}

        {page.itineraries.length ? (
          <Section id="itineraries" title={t.itineraries}>
            <LinkList links={page.itineraries} className="link-list--pills" />
          </Section>
        ) : null}
      </div>
    </article>
  );
}
