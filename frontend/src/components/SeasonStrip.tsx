import type { SeasonMonth } from "@/api/types";
import { humanize, monthName } from "@/lib/format";

/** Twelve months in a row, each with its rating as a word and a colour, and the notes below. */
export function SeasonStrip({ season }: { season: SeasonMonth[] }) {
  if (!season.length) return null;
  const months = [...season].sort((a, b) => a.month - b.month);
  const withNotes = months.filter((month) => month.note);
  return (
    <div className="season">
      <ol className="season__strip" aria-label="Season, month by month">
        {months.map((month) => (
          <li key={month.month} className={`season__month season__month--${month.rating}`}>
            <span className="season__name">
              <abbr title={monthName(month.month)}>{monthName(month.month, "short")}</abbr>
            </span>
            <span className="season__rating">{humanize(month.rating)}</span>
          </li>
        ))}
      </ol>
      {withNotes.length ? (
        <details className="season__notes">
          <summary>Notes month by month</summary>
          <dl>
            {withNotes.map((month) => (
              <div key={month.month}>
                <dt>
                  {monthName(month.month)} ({month.rating})
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
