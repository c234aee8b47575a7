import type { ComparisonValue } from "@/api/types";
import { DEFAULT_LOCALE, type Locale } from "@/lib/i18n";
import { messagesFor } from "@/lib/messages";

/** A comparison block (e.g. Lares against the classic Inca Trail) as a real data table. */
export function ComparisonTable({
  value,
  locale = DEFAULT_LOCALE,
}: {
  value: ComparisonValue;
  locale?: Locale;
}) {
  return (
    <div
      className="table-scroll comparison"
      tabIndex={0}
      role="region"
      aria-label={value.title || messagesFor(locale).facts.comparison}
    >
      <table>
        <caption>{value.title}</caption>
        <thead>
          <tr>
            <td />
            {value.columns.map((column) => (
              <th scope="col" key={column}>
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {value.rows.map((row) => (
            <tr key={row.label}>
              <th scope="row">{row.label}</th>
              {value.columns.map((column, i) => (
                <td key={column}>{row.values[i] ?? ""}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
