import type { GuidePage } from "@/api/types";
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
 * `departureId` is the departure an itinerary's enquiry form starts with (`?departure=ID`).
 */
export function PageTemplate({
  page,
  departureId = null,
}: {
  page: GuidePage;
  departureId?: number | null;
}) {
  switch (page.type) {
    case "home":
      return <HomeTemplate page={page} />;
    case "itinerary":
      return <ItineraryTemplate page={page} departureId={departureId} />;
    case "destination":
      return <DestinationTemplate page={page} />;
    case "community":
      return <CommunityTemplate page={page} />;
    case "itinerary_index":
      return <ItineraryIndexTemplate page={page} />;
    case "destination_index":
      return <DestinationIndexTemplate page={page} />;
    case "community_index":
      return <CommunityIndexTemplate page={page} />;
    case "faq_index":
      return <FaqIndexTemplate page={page} />;
    default: {
      const unknown: never = page;
      void unknown;
      return null;
    }
  }
}
