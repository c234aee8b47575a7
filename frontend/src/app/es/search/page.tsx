/** /es/search/: the search page in Spanish (the proxy names the language from the path). */
export { default, generateMetadata } from "../../search/page";

export const revalidate = 0;
