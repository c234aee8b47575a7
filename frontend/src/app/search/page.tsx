/**
 * /search/: the routes filtered by length, altitude, month, difficulty and the passes they cross.
 * A plain GET form, so it works without JavaScript and every search has its own URL; the listing
 * API checks the values, and its 400 message is shown beside the filter at fault. In another
 * language the same page answers under its prefix ("/es/search/", src/app/es/search/page.tsx) and
 * lists that language's routes.
 */
import type { Metadata } from "next";
import type { ReactNode } from "react";
import { type ApiResult, fetchItineraries, fetchPlaces } from "@/api/client";
import type { ItineraryList, PlaceList } from "@/api/types";
import { CardGrid, ItineraryCardView } from "@/components/Cards";
import { PageHeader } from "@/components/PageHeader";
import { Unavailable } from "@/components/Unavailable";
import { siteUrl } from "@/lib/config";
import { capitalize, formatElevation, monthName } from "@/lib/format";
import {
  LOCALES,
  type LanguageVersions,
  type Locale,
  hreflangAlternates,
  withLocale,
} from "@/lib/i18n";
import { type Messages, enumLabel, messagesFor } from "@/lib/messages";
import { apiUnavailable, requestDeadline, requestLocale } from "@/lib/request-context";
import {
  DIFFICULTIES,
  SEARCH_LIMIT,
  type SearchFilter,
  type SearchValues,
  countText,
  localeQuery,
  searchQuery,
  upcomingMonths,
} from "@/lib/search";

export const revalidate = 0;

/** This page in every language: "/search/", "/es/search/". */
const SEARCH_PATHS: LanguageVersions = Object.fromEntries(
  LOCALES.map((locale) => [locale, withLocale("/search/", locale)]),
);

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const locale = await requestLocale();
  const t = messagesFor(locale);
  if (await apiUnavailable()) return { title: t.unavailable.title, robots: { index: false } };
  const { active } = searchQuery(await searchParams);
  const languages = hreflangAlternates(SEARCH_PATHS, siteUrl());
  const canonical = withLocale("/search/", locale);
  return {
    title: t.search.title,
    description: t.search.description,
    alternates: { canonical, languages },
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
  const locale = await requestLocale();
  if (await apiUnavailable()) return <Unavailable locale={locale} />;
  const t = messagesFor(locale).search;
  const { values, query } = searchQuery(await searchParams);
  const deadline = await requestDeadline();
  const [results, passes] = await Promise.all([
    settle<ItineraryList>(fetchItineraries({ ...query, ...localeQuery(locale) }, deadline)),
    settle<PlaceList>(
      fetchPlaces({ kind: "pass", limit: "100", ...localeQuery(locale) }, deadline),
    ),
  ]);
  const refused = results && !results.ok ? results : null;
  const faulty = (refused?.param ?? null) as SearchFilter | null;
  return (
    <article className="search-page">
      <PageHeader title={t.title} lead={t.lead} />
      <div className="container">
        <SearchForm
          values={values}
          passes={passes?.ok ? passes.data.items : []}
          error={refused ? { param: faulty, message: refused.message } : null}
          locale={locale}
        />
        <section className="section" aria-labelledby="results-title">
          {results === null ? (
            <>
              <h2 id="results-title">{t.results}</h2>
              <p className="form-message form-message--failed">{t.cannotSearch}</p>
            </>
          ) : refused ? (
            <>
              <h2 id="results-title">{t.results}</h2>
              <div className="form-message form-message--invalid" role="alert">
                <h3>{t.refused}</h3>
                <p>{refused.message}</p>
              </div>
            </>
          ) : results.ok ? (
            <>
              <h2 id="results-title" className="search-count">
                {countText(results.data.count, locale)}
              </h2>
              {results.data.count > results.data.items.length ? (
                <p>{t.showingFirst(SEARCH_LIMIT)}</p>
              ) : null}
              {results.data.items.length ? (
                <CardGrid>
                  {results.data.items.map((card) => (
                    <ItineraryCardView key={card.id} card={card} locale={locale} />
                  ))}
                </CardGrid>
              ) : (
                <p>
                  {t.tryFewer}
                  <a href={withLocale("/search/", locale)}>{t.seeEvery}</a>.
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
  t,
}: {
  name: SearchFilter;
  label: string;
  error: FormError | null;
  children: ReactNode;
  t: Messages;
}) {
  const invalid = error?.param === name;
  return (
    <div className={invalid ? "field field--invalid" : "field"}>
      <label htmlFor={`search-${name.replace(/_/g, "-")}`}>{label}</label>
      {invalid ? (
        <p className="field__error" id="search-error">
          <span className="visually-hidden">{t.enquiry.error}</span>
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
  locale,
}: {
  values: SearchValues;
  passes: PlaceList["items"];
  error: FormError | null;
  locale: Locale;
}) {
  const words = messagesFor(locale);
  const t = words.search;
  const months = upcomingMonths(new Date(), undefined, locale);
  // A month typed into the URL that the list does not offer is still shown as chosen.
  if (values.departs_in && !months.some((month) => month.value === values.departs_in)) {
    months.unshift({ value: values.departs_in, label: values.departs_in });
  }
  const passOptions = passes.map((place) => ({
    value: place.slug,
    label: place.elevation
      ? `${place.name}, ${formatElevation(place.elevation, undefined, locale)}`
      : place.name,
  }));
  if (values.passes_through && !passOptions.some((o) => o.value === values.passes_through)) {
    passOptions.unshift({ value: values.passes_through, label: values.passes_through });
  }
  return (
    <form
      method="get"
      action={withLocale("/search/", locale)}
      className="search-form"
      role="search"
      aria-label={t.formLabel}
    >
      <fieldset>
        <legend>{t.days}</legend>
        <div className="search-form__pair">
          <Filter name="min_days" label={t.atLeast} error={error} t={words}>
            <input
              {...inputProps("min_days", values, error)}
              type="number"
              inputMode="numeric"
              min={1}
              max={365}
            />
          </Filter>
          <Filter name="max_days" label={t.atMost} error={error} t={words}>
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

      <Filter name="max_altitude_below" label={t.maxAltitude} error={error} t={words}>
        <input
          {...inputProps("max_altitude_below", values, error)}
          type="number"
          inputMode="numeric"
          min={0}
          max={9000}
          step={1}
        />
      </Filter>

      <Filter name="departs_in" label={t.departsIn} error={error} t={words}>
        <select {...inputProps("departs_in", values, error)}>
          <option value="">{t.anyMonth}</option>
          {months.map((month) => (
            <option key={month.value} value={month.value}>
              {month.label}
            </option>
          ))}
        </select>
      </Filter>

      <Filter name="best_month" label={t.bestMonth} error={error} t={words}>
        <select {...inputProps("best_month", values, error)}>
          <option value="">{t.anyMonth}</option>
          {Array.from({ length: 12 }, (_, i) => i + 1).map((month) => (
            <option key={month} value={String(month)}>
              {capitalize(monthName(month, "long", locale), locale)}
            </option>
          ))}
        </select>
      </Filter>

      <Filter name="difficulty" label={t.difficulty} error={error} t={words}>
        <select {...inputProps("difficulty", values, error)}>
          <option value="">{t.any}</option>
          {DIFFICULTIES.map((difficulty) => (
            <option key={difficulty} value={difficulty}>
              {enumLabel(locale, "difficulty", difficulty)}
            </option>
          ))}
        </select>
      </Filter>

      {passOptions.length ? (
        <Filter name="passes_through" label={t.pass} error={error} t={words}>
          <select {...inputProps("passes_through", values, error)}>
            <option value="">{t.any}</option>
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
          {t.submit}
        </button>
        <a href={withLocale("/search/", locale)}>{t.clear}</a>
      </div>
    </form>
  );
}
