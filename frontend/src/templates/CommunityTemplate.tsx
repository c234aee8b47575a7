import type { CommunityPage } from "@/api/types";
import { Body } from "@/components/Body";
import { ExperienceList } from "@/components/FactLists";
import { type Fact, Facts } from "@/components/Facts";
import { LinkList } from "@/components/LinkList";
import { PageHeader } from "@/components/PageHeader";
import { RichText } from "@/components/RichText";
import { Section } from "@/components/Section";
import { formatElevation, formatList } from "@/lib/format";

export function CommunityTemplate({ page }: { page: CommunityPage }) {
  const facts: Fact[] = [
    { label: "Altitude", value: formatElevation(page.place.elevation) },
    { label: "Languages", value: page.languages.length ? formatList(page.languages) : null },
    {
      label: "Known for",
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
        eyebrow="Community"
      />
      <div className="container">
        <div className="facts-panel">
          <h2 className="visually-hidden">Profile</h2>
          <Facts facts={facts} />
        </div>

        {page.traditions ? (
          <Section id="traditions" title="Traditions" className="narrow">
            <RichText html={page.traditions} />
          </Section>
        ) : null}

        {page.experiences.length ? (
          <Section id="experiences" title="What you can do there">
            <ExperienceList experiences={page.experiences} />
          </Section>
        ) : null}

        {page.etiquette.length ? (
          <Section id="etiquette" title="Being a good guest" className="narrow">
            <ul className="checklist">
              {page.etiquette.map((rule) => (
                <li key={rule}>{rule}</li>
              ))}
            </ul>
          </Section>
        ) : null}

        {page.body.length ? (
          <div className="narrow">
            <Body blocks={page.body} />
          </div>
        ) : null}

        {page.itineraries.length ? (
          <Section id="itineraries" title="Routes that pass through">
            <LinkList links={page.itineraries} className="link-list--pills" />
          </Section>
        ) : null}
      </div>
    </article>
  );
}
