/** Names for the generated OpenAPI schemas (src/api/schema.d.ts, made by `npm run types`). */
import type { components } from "./schema";

type Schemas = components["schemas"];

export type GuidePage = Schemas["GuidePage"];
export type PageType = GuidePage["type"];
export type PageOf<T extends PageType> = Extract<GuidePage, { type: T }>;

export type HomePage = PageOf<"home">;
export type ItineraryPage = PageOf<"itinerary">;
export type DestinationPage = PageOf<"destination">;
export type CommunityPage = PageOf<"community">;
export type ItineraryIndexPage = PageOf<"itinerary_index">;
export type DestinationIndexPage = PageOf<"destination_index">;
export type CommunityIndexPage = PageOf<"community_index">;
export type FaqIndexPage = PageOf<"faq_index">;

export type Day = Schemas["GuideDay"];
export type NightFinding = Schemas["GuideNightFinding"];
export type Place = Schemas["GuidePlace"];
export type Image = Schemas["GuideImage"];
export type Faq = Schemas["GuideFAQ"];
export type FaqTopicGroup = Schemas["GuideFAQTopicGroup"];
export type BodyBlock = Schemas["GuideBodyBlock"];
export type ComparisonValue = Schemas["GuideComparisonBlockValue"];
export type SeasonMonth = Schemas["GuideSeasonMonth"];
export type PageLink = Schemas["GuidePageLink"];
export type PageCard = Schemas["GuidePageCard"];
export type ItineraryCard = Schemas["GuideItineraryCard"];
export type PlacePageCard = Schemas["GuidePlacePageCard"];
export type TransportLeg = Schemas["GuideTransportLeg"];
export type Redirect = Schemas["GuideRedirect"];
/** What by-path answers: the page at a path or, where none is published, an editor's redirect. */
export type PathAnswer = Schemas["GuidePathAnswer"];
export type ApiError = Schemas["GuideError"];
export type ItineraryList = Schemas["GuideItineraryList"];
export type PlaceList = Schemas["GuidePlaceList"];
export type Departure = Schemas["GuideDeparture"];
export type Price = Schemas["GuidePrice"];

/** GET /guide/operator/: who runs the trips; any string may be empty. */
export type Operator = Schemas["GuideOperator"];
/** GET /guide/enquiries/form/: what the enquiry form needs, fresh for every form shown. */
export type EnquiryForm = Schemas["GuideEnquiryForm"];
/** The 400, 413 and 429 answers of POST /guide/enquiries/. */
export type EnquiryError = Schemas["GuideFormError"];
