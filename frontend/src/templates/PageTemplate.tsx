import type { GuidePage } from "@/api/types";
import { DEFAULT_LOCALE, type Locale } from "@/lib/i18n";
import { CommunityTemplate } from "./CommunityTemplate";
import { DestinationTemplate } from "./DestinationTemplate";
import { FaqIndexTemplate } from "./FaqIndexTemplate";
import { HomeTemplate } from "./HomeTemplate";
import {
  CommunityIndexTemplate,
  DestinationIndexTemplate,
  ItineraryIndexTemplate,
} from "./IndexTemplates";
import { ItineraryTemplate } from "./ItineraryTemplate";

/**
 * The template for the page's `type`; TypeScript checks that every type of the union has one.
 * `departureId` is the departure an itinerary's enquiry form starts with (`?departure=ID`);
 * `locale` the page's language, for the site's own words and number formats.
 */
export function PageTemplate({
  page,
  departureId = null,
  locale = DEFAULT_LOCALE,
}: {
  page: GuidePage;
  departureId?: number | null;
  locale?: Locale;
}) {
  switch (page.type) {
    case "home":
      return <HomeTemplate page={page} locale={locale} />;
    case "itinerary":
      return <ItineraryTemplate page={page} departureId={departureId} locale={locale} />;
    case "destination":
      return <DestinationTemplate page={page} locale={locale} />;
    case "community":
      return <CommunityTemplate page={page} locale={locale} />;
    case "itinerary_index":
      return <ItineraryIndexTemplate page={page} locale={locale} />;
    case "destination_index":
      return <DestinationIndexTemplate page={page} locale={locale} />;
    case "community_index":
      return <CommunityIndexTemplate page={page} locale={locale} />;
    case "faq_index":
      return <FaqIndexTemplate page={page} locale={locale} />;
    default: {
      const unknown: never = page;
      void unknown;
      return null;
    }
  }
}
