/**
 * /search/: the routes filtered by length, altitude, month, difficulty and the passes they cross.
 * A plain GET form, so it works without JavaScript and every search has its own URL; the listing
 * API checks the values, and its 400 message is shown beside the filter at fault.
 */
import type { Metadata } from "next";
import type { ReactNode } from "react";
import { type ApiResult, fetchItineraries, fetchPlaces } from "@/api/client";
import type { ItineraryList, PlaceList } from "@/api/types";
import { CardGrid, ItineraryCardView } from "@/components/Cards";
import { PageHeader } from "@/components/PageHeader";
import { UNAVAILABLE_TITLE, Unavailable } from "@/components/Unavailable";
import { formatElevation, humanize, monthName } from "@/lib/format";
import { apiUnavailable, requestDeadline } from "@/lib/request-context";
import {
  DIFFICULTIES,
  SEARCH_LIMIT,
  type SearchFilter,
  type SearchValues,
  countText,
  searchQuery,
  upcomingMonths,
} from "@/lib/search";

export const revalidate = 0;

const TITLE = "Find a trek";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  if (await apiUnavailable()) return { title: UNAVAILABLE_TITLE, robots: { index: false } };
  const { active } = searchQuery(await searchParams);
  return {
    title: TITLE,
    description: "Filter the guide's routes by days, altitude, month, difficulty and passes.",
    alternates: { canonical: "/search/" },
    // Each combination of filters is a URL of its own; only the plain page is worth indexing.
    robots: active ? { index: false, follow: true } : undefined,
  };
}

async function settle<T>(promise: Promise<ApiResult<T>>): Promise<ApiResult<T> | null> {
  try {
    return await promise;
  } catch (error) {
    console.warn(`Search: ${(error as Error).message}`);
    return null;
  }
}

export default async function SearchPage({ searchParams }: Props) {
  if (await apiUnavailable()) return <Unavailable />;
  const { values, query } = searchQuery(await searchParams);
  const deadline = await requestDeadline();
  const [results, passes] = await Promise.all([
    settle<ItineraryList>(fetchItineraries(query, deadline)),
    settle<PlaceList>(fetchPlaces({ kind: "pass", limit: "100" }, deadline)),
  ]);
  const refused = results && !results.ok ? results : null;
  const faulty = (refused?.param ?? null) as SearchFilter | null;
  return (
    <article className="search-page">
      <PageHeader
        title={TITLE}
        lead="Filter the routes by how long they take, how high they go, when they run, how hard they are and the passes they cross."
      />
      <div className="container">
        <SearchForm
          values={values}
          passes={passes?.ok ? passes.data.items : []}
          error={refused ? { param: faulty, message: refused.message } : null}
        />
        <section className="section" aria-labelledby="results-title">
          {results === null ? (
            <>
              <h2 id="results-title">Results</h2>
              <p className="form-message form-message--failed">
                The routes cannot be searched just now. Please try again in a moment.
              </p>
            </>
          ) : refused ? (
            <>
              <h2 id="results-title">Results</h2>
              <div className="form-message form-message--invalid" role="alert">
                <h3>The search could not be run</h3>
                <p>{refused.message}</p>
              </div>
            </>
          ) : results.ok ? (
            <>
              <h2 id="results-title" className="search-count">
                {countText(results.data.count)}
              </h2>
              {results.data.count > results.data.items.length ? (
                <p>{`Showing the first ${SEARCH_LIMIT}; narrow the search to see the others.`}</p>
              ) : null}
              {results.data.items.length ? (
                <CardGrid>
                  {results.data.items.map((card) => (
                    <ItineraryCardView key={card.id} card={card} />
                  ))}
                </CardGrid>
              ) : (
                <p>
                  Try fewer filters, or <a href="/search/">see every route</a>.
                </p>
              )}
            </>
          ) : null}
        </section>
      </div>
    </article>
  );
}

type FormError = { param: SearchFilter | null; message: string };

function inputProps(name: SearchFilter, values: SearchValues, error: FormError | null) {
  const invalid = error?.param === name;
  return {
    id: `search-${name.replace(/_/g, "-")}`,
    name,
    defaultValue: values[name],
    "aria-invalid": invalid ? (true as const) : undefined,
    "aria-describedby": invalid ? "search-error" : undefined,
  };
}

function Filter({
  name,
  label,
  error,
  children,
}: {
  name: SearchFilter;
  label: string;
  error: FormError | null;
  children: ReactNode;
}) {
  const invalid = error?.param === name;
  return (
    <div className={invalid ? "field field--invalid" : "field"}>
      <label htmlFor={`search-${name.replace(/_/g, "-")}`}>{label}</label>
      {invalid ? (
        <p className="field__error" id="search-error">
          <span className="visually-hidden">Error: </span>
          {error.message}
        </p>
      ) : null}
      {children}
    </div>
  );
}

function SearchForm({
  values,
  passes,
  error,
}: {
  values: SearchValues;
  passes: PlaceList["items"];
  error: FormError | null;
}) {
  const months = upcomingMonths(new Date());
  // A month typed into the URL that the list does not offer is still shown as chosen.
  if (values.departs_in && !months.some((month) => month.value === values.departs_in)) {
    months.unshift({ value: values.departs_in, label: values.departs_in });
  }
  const passOptions = passes.map((place) => ({
    value: place.slug,
    label: place.elevation ? `${place.name}, ${formatElevation(place.elevation)}` : place.name,
  }));
  if (values.passes_through && !passOptions.some((o) => o.value === values.passes_through)) {
    passOptions.unshift({ value: values.passes_through, label: values.passes_through });
  }
  return (
    <form method="get" action="/search/" className="search-form" role="search" aria-label="Routes">
      <fieldset>
        <legend>Length in days</legend>
        <div className="search-form__pair">
          <Filter name="min_days" label="At least" error={error}>
            <input
              {...inputProps("min_days", values, error)}
              type="number"
              inputMode="numeric"
              min={1}
              max={365}
            />
          </Filter>
          <Filter name="max_days" label="At most" error={error}>
            <input
              {...inputProps("max_days", values, error)}
              type="number"
              inputMode="numeric"
              min={1}
              max={365}
            />
          </Filter>
        </div>
      </fieldset>

      <Filter name="max_altitude_below" label="Highest point at or below (metres)" error={error}>
        <input
          {...inputProps("max_altitude_below", values, error)}
          type="number"
          inputMode="numeric"
          min={0}
          max={9000}
          step={1}
        />
      </Filter>

      <Filter name="departs_in" label="Has a group departure in" error={error}>
        <select {...inputProps("departs_in", values, error)}>
          <option value="">Any month</option>
          {months.map((month) => (
            <option key={month.value} value={month.value}>
              {month.label}
            </option>
          ))}
        </select>
      </Filter>

      <Filter name="best_month" label="Best season includes" error={error}>
        <select {...inputProps("best_month", values, error)}>
          <option value="">Any month</option>
          {Array.from({ length: 12 }, (_, i) => i + 1).map((month) => (
            <option key={month} value={String(month)}>
              {monthName(month)}
            </option>
          ))}
        </select>
      </Filter>

      <Filter name="difficulty" label="Difficulty" error={error}>
        <select {...inputProps("difficulty", values, error)}>
          <option value="">Any</option>
          {DIFFICULTIES.map((difficulty) => (
            <option key={difficulty} value={difficulty}>
              {humanize(difficulty)}
            </option>
          ))}
        </select>
      </Filter>

      {passOptions.length ? (
        <Filter name="passes_through" label="Crosses the pass" error={error}>
          <select {...inputProps("passes_through", values, error)}>
            <option value="">Any</option>
            {passOptions.map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </select>
        </Filter>
      ) : null}

      <div className="search-form__actions">
        <button type="submit" className="button">
          Show routes
        </button>
        <a href="/search/">Clear the filters</a>
      </div>
    </form>
  );
}
