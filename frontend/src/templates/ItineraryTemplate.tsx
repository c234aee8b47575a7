import type { ItineraryPage } from "@/api/types";
import { Body } from "@/components/Body";
import { Departures } from "@/components/Departures";
import { ElevationProfile } from "@/components/ElevationProfile";
import { EnquirySection } from "@/components/EnquirySection";
import { FaqList } from "@/components/FaqList";
import { LinkList } from "@/components/LinkList";
import { PageHeader } from "@/components/PageHeader";
import { RouteMap } from "@/components/RouteMap";
import { SeasonStrip } from "@/components/SeasonStrip";
import { Section } from "@/components/Section";
import { DEFAULT_LOCALE, type Locale } from "@/lib/i18n";
import { mapTiles } from "@/lib/map-config";
import { enumLabel, messagesFor } from "@/lib/messages";
import { PREVIEW_WITHOUT_PATH, routeFilePath } from "@/lib/paths";
import { ItineraryDay } from "./ItineraryDay";
import { ItineraryFacts } from "./ItineraryFacts";

type Props = {
  page: ItineraryPage;
  /** The departure a visitor chose in the table (`?departure=ID`), for the form. */
  departureId?: number | null;
  locale?: Locale;
};

export function ItineraryTemplate({ page, departureId = null, locale = DEFAULT_LOCALE }: Props) {
  const t = messagesFor(locale).itinerary;
  return (
    <article className="itinerary">
      <PageHeader
        title={page.title}
        lead={page.summary}
        image={page.hero_image}
        eyebrow={enumLabel(locale, "pageType", "itinerary")}
      />
      <div className="container">
        <ItineraryFacts page={page} locale={locale} />

        {page.days.length ? (
          <Section id="map" title={t.routeMap}>
            <RouteMap days={page.days} title={page.title} tiles={mapTiles()} locale={locale} />
            <p className="route-downloads">
              {t.downloadRoute}{" "}
              <a href={routeFilePath(page.id, "gpx")} download type="application/gpx+xml">
                GPX
              </a>{" "}
              <span aria-hidden="true">·</span>{" "}
              <a href={routeFilePath(page.id, "geojson")} download type="application/geo+json">
                GeoJSON
              </a>
            </p>
          </Section>
        ) : null}

        {page.days.length ? (
          <Section id="profile" title={t.elevationProfile}>
            <ElevationProfile days={page.days} title={page.title} locale={locale} />
          </Section>
        ) : null}

        {page.days.length ? (
          <Section id="days" title={t.dayByDay}>
            <ol className="days">
              {page.days.map((day) => (
                <li key={day.number}>
                  <ItineraryDay
                    day={day}
                    advice={page.acclimatisation.filter((finding) => finding.day === day.number)}
                    locale={locale}
                  />
                </li>
              ))}
            </ol>
          </Section>
        ) : null}

        {page.body.length ? (
          <div className="narrow">
            <Body blocks={page.body} locale={locale} />
          </div>
        ) : null}

        {page.communities.length ? (
          <Section id="communities" title={t.communities}>
            <LinkList links={page.communities} className="link-list--pills" />
          </Section>
        ) : null}

        {page.includes.length || page.excludes.length ? (
          <Section id="included" title={t.included}>
            <div className="two-columns">
              {page.includes.length ? (
                <div>
                  <h3>{t.includedList}</h3>
                  <ul className="checklist checklist--yes">
                    {page.includes.map((item) => (
                      <li key={item}>{item}</li>
                    ))}
                  </ul>
                </div>
              ) : null}
              {page.excludes.length ? (
                <div>
                  <h3>{t.notIncluded}</h3>
                  <ul className="checklist checklist--no">
                    {page.excludes.map((item) => (
                      <li key={item}>{item}</li>
                    ))}
                  </ul>
                </div>
              ) : null}
            </div>
          </Section>
        ) : null}

        {page.departures.length ? (
          <Section id="departures" title={t.departures} anchor>
            <Departures departures={page.departures} title={page.title} locale={locale} />
            <p className="departures__more">
              {t.anotherDate} <a href="#enquire">{t.requestInformation}</a>.
            </p>
          </Section>
        ) : null}

        {page.season.length ? (
          <Section id="season" title={t.whenToGo}>
            <SeasonStrip season={page.season} locale={locale} />
          </Section>
        ) : null}

        {page.faqs.length ? (
          <Section id="faqs" title={t.faqs}>
            <FaqList faqs={page.faqs} />
          </Section>
        ) : null}

        {page.alternatives.length ? (
          <Section id="alternatives" title={t.alternatives}>
            <ul className="alternatives">
              {page.alternatives.map((alternative) => (
                <li key={alternative.id}>
                  <a href={alternative.path}>{alternative.title}</a>
                  {alternative.note ? <span>: {alternative.note}</span> : null}
                </li>
              ))}
            </ul>
          </Section>
        ) : null}

        <EnquirySection
          itineraryId={page.id}
          path={page.path || PREVIEW_WITHOUT_PATH}
          departures={page.departures}
          departureId={departureId}
          locale={locale}
        />
      </div>
    </article>
  );
}
