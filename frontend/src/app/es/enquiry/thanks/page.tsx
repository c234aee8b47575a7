/** /es/enquiry/thanks/: the thank-you page in Spanish (the proxy names the language). */
export { default, generateMetadata } from "../../../enquiry/thanks/page";

export const revalidate = 0;
