/** What a visitor sees when the guide's content cannot be fetched (HTTP 503 or an error). */
export const UNAVAILABLE_TITLE = "This page is not available right now";

export function Unavailable() {
  return (
    <div className="container page-header unavailable">
      <h1>{UNAVAILABLE_TITLE}</h1>
      <p>
        The guide could not fetch this page just now. Nothing is wrong with the address: please try
        again in a moment.
      </p>
      <p>
        <a href="/">Go to the home page</a>
      </p>
    </div>
  );
}
