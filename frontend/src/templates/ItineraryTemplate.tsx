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
import { mapTiles } from "@/lib/map-config";
import { PREVIEW_WITHOUT_PATH, routeFilePath } from "@/lib/paths";
import { ItineraryDay } from "./ItineraryDay";
import { ItineraryFacts } from "./ItineraryFacts";

type Props = {
  page: ItineraryPage;
  /** The departure a visitor chose in the table (`?departure=ID`), for the form. */
  departureId?: number | null;
};

export function ItineraryTemplate({ page, departureId = null }: Props) {
  return (
    <article className="itinerary">
      <PageHeader
        title={page.title}
        lead={page.summary}
        image={page.hero_image}
        eyebrow="Itinerary"
      />
      <div className="container">
        <ItineraryFacts page={page} />

        {page.days.length ? (
          <Section id="map" title="Route map">
            <RouteMap days={page.days} title={page.title} tiles={mapTiles()} />
            <p className="route-downloads">
              Download the route:{" "}
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
          <Section id="profile" title="Elevation profile">
            <ElevationProfile days={page.days} title={page.title} />
          </Section>
        ) : null}

        {page.days.length ? (
          <Section id="days" title="Day by day">
            <ol className="days">
              {page.days.map((day) => (
                <li key={day.number}>
                  <ItineraryDay
                    day={day}
                    advice={page.acclimatisation.filter((finding) => finding.day === day.number)}
                  />
                </li>
              ))}
            </ol>
          </Section>
        ) : null}

        {page.body.length ? (
          <div className="narrow">
            <Body blocks={page.body} />
          </div>
        ) : null}

        {page.communities.length ? (
          <Section id="communities" title="Communities you visit">
            <LinkList links={page.communities} className="link-list--pills" />
          </Section>
        ) : null}

        {page.includes.length || page.excludes.length ? (
          <Section id="included" title="What is included">
            <div className="two-columns">
              {page.includes.length ? (
                <div>
                  <h3>Included</h3>
                  <ul className="checklist checklist--yes">
                    {page.includes.map((item) => (
                      <li key={item}>{item}</li>
                    ))}
                  </ul>
                </div>
              ) : null}
              {page.excludes.length ? (
                <div>
                  <h3>Not included</h3>
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
          <Section id="departures" title="Departures and prices" anchor>
            <Departures departures={page.departures} title={page.title} />
            <p className="departures__more">
              Another date, a private group or a question?{" "}
              <a href="#enquire">Request information</a>.
            </p>
          </Section>
        ) : null}

        {page.season.length ? (
          <Section id="season" title="When to go">
            <SeasonStrip season={page.season} />
          </Section>
        ) : null}

        {page.faqs.length ? (
          <Section id="faqs" title="Questions about this route">
            <FaqList faqs={page.faqs} />
          </Section>
        ) : null}

        {page.alternatives.length ? (
          <Section id="alternatives" title="Other ways to walk it">
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
        />
      </div>
    </article>
  );
}
