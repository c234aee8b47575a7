import type { SeasonMonth } from "@/api/types";
import { capitalize, monthName } from "@/lib/format";
import { DEFAULT_LOCALE, type Locale } from "@/lib/i18n";
import { enumLabel, messagesFor } from "@/lib/messages";

/** Twelve months in a row, each with its rating as a word and a colour, and the notes below. */
export function SeasonStrip({
  season,
  locale = DEFAULT_LOCALE,
}: {
  season: SeasonMonth[];
  locale?: Locale;
}) {
  if (!season.length) return null;
  const t = messagesFor(locale).season;
  const name = (month: number, style: "long" | "short" = "long") =>
    capitalize(monthName(month, style, locale), locale);
  const months = [...season].sort((a, b) => a.month - b.month);
  const withNotes = months.filter((month) => month.note);
  return (
    <div className="season">
      <ol className="season__strip" aria-label={t.label}>
        {months.map((month) => (
          <li key={month.month} className={`season__month season__month--${month.rating}`}>
            <span className="season__name">
              <abbr title={name(month.month)}>{name(month.month, "short")}</abbr>
            </span>
            <span className="season__rating">{enumLabel(locale, "rating", month.rating)}</span>
          </li>
        ))}
      </ol>
      {withNotes.length ? (
        <details className="season__notes">
          <summary>{t.notes}</summary>
          <dl>
            {withNotes.map((month) => (
              <div key={month.month}>
                <dt>
                  {name(month.month)} ({enumLabel(locale, "rating", month.rating).toLowerCase()})
                </dt>
                <dd>{month.note}</dd>
              </div>
            ))}
          </dl>
        </details>
      ) : null}
    </div>
  );
}
