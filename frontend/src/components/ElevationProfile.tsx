import type { Day } from "@/api/types";
import { formatElevation, formatNumber } from "@/lib/format";
import { drawableDays } from "@/lib/drawable";
import { DEFAULT_LOCALE, type Locale } from "@/lib/i18n";
import { DEFAULT_LAYOUT, buildProfile, describeDayHigh, describeProfile } from "@/lib/elevation";
import { enumLabel, messagesFor } from "@/lib/messages";

type Props = { days: Day[]; title: string; id?: string; locale?: Locale };

/**
 * The route's altitude along its distance, as inline SVG drawn on the server; each day's highest
 * point and a table follow for detail.
 */
export function ElevationProfile({
  days,
  title,
  id = "elevation",
  locale = DEFAULT_LOCALE,
}: Props) {
  const profile = buildProfile(drawableDays(days), DEFAULT_LAYOUT, locale);
  if (!profile) return null;
  const t = messagesFor(locale).profile;
  const titleId = `${id}-svg-title`;
  const descId = `${id}-svg-desc`;
  const { plot } = profile;
  const estimated = profile.days.filter((day) => day.estimated).map((day) => day.number);
  return (
    <figure className="elevation">
      {/* Narrow screens scroll the chart sideways rather than shrink its text; keyboard users too. */}
      <div className="elevation__scroll" tabIndex={0} role="region" aria-label={t.chartLabel}>
        <svg
          className="elevation__svg"
          viewBox={`0 0 ${profile.width} ${profile.height}`}
          role="img"
          aria-labelledby={`${titleId} ${descId}`}
          xmlns="http://www.w3.org/2000/svg"
        >
          <title id={titleId}>{t.title(title)}</title>
          <desc id={descId}>{describeProfile(profile, locale)}</desc>

          <g className="elevation__days">
            {profile.days.map((day, index) => (
              <g key={day.number}>
                {index % 2 === 0 || day.estimated ? (
                  <rect
                    className={
                      day.estimated
                        ? "elevation__band elevation__band--estimated"
                        : "elevation__band"
                    }
                    x={day.x0}
                    y={plot.top}
                    width={Math.max(day.x1 - day.x0, 0)}
                    height={plot.bottom - plot.top}
                  />
                ) : null}
                {/* Where the day starts along the route, down into the row of day labels. */}
                <line
                  className="elevation__day-tick"
                  data-day={day.number}
                  x1={day.x0}
                  x2={day.x0}
                  y1={plot.top}
                  y2={plot.bottom + 44}
                />
                <text className="elevation__day" x={day.x0 + 4} y={plot.bottom + 42}>
                  {day.label}
                </text>
              </g>
            ))}
          </g>

          <g className="elevation__axis">
            {profile.yTicks.map((tick) => (
              <g key={tick.value}>
                <line
                  className="elevation__grid"
                  x1={plot.left}
                  x2={plot.right}
                  y1={tick.y}
                  y2={tick.y}
                />
                <text x={plot.left - 8} y={tick.y} dy="0.32em" textAnchor="end">
                  {tick.label}
                </text>
              </g>
            ))}
            <text className="elevation__axis-title" x={12} y={plot.top - 24}>
              {t.axisTitle}
            </text>
            <line
              className="elevation__baseline"
              x1={plot.left}
              x2={plot.right}
              y1={plot.bottom}
              y2={plot.bottom}
            />
            {profile.xTicks.map((tick, index) => (
              <g key={tick.value} className="elevation__km">
                <line x1={tick.x} x2={tick.x} y1={plot.bottom} y2={plot.bottom + 5} />
                <text
                  x={tick.x}
                  y={plot.bottom + 18}
                  textAnchor={
                    index === 0
                      ? "start"
                      : plot.right - tick.x < 24 && index === profile.xTicks.length - 1
                        ? "end"
                        : "middle"
                  }
                >
                  {tick.label}
                </text>
              </g>
            ))}
          </g>

          <path className="elevation__area" d={profile.area} />
          <path className="elevation__line" d={profile.line} />

          {profile.points.map((point, index) => (
            <g
              key={`${point.stop.place.id}-${index}`}
              className={`elevation__stop elevation__stop--${point.stop.place.kind}`}
            >
              <circle cx={point.x} cy={point.y} r={point.label ? 5 : 3.5}>
                <title>{`${point.stop.place.name}, ${formatElevation(point.stop.place.elevation, undefined, locale)}`}</title>
              </circle>
              {point.label ? (
                <text
                  className="elevation__label"
                  x={point.x}
                  y={point.y - 26}
                  textAnchor={point.label.anchor}
                >
                  {point.label.lines.map((line, i) => (
                    <tspan
                      key={line}
                      x={point.x}
                      dy={i === 0 ? 0 : "1.15em"}
                      className={i === 0 ? "elevation__label-name" : undefined}
                    >
                      {line}
                    </tspan>
                  ))}
                </text>
              ) : null}
            </g>
          ))}
        </svg>
      </div>
      <figcaption>
        {t.caption}
        {estimated.length ? t.estimated(estimated) : null}
      </figcaption>
      <ul className="elevation__day-highs">
        {profile.days.map((day) => (
          <li key={day.number}>{describeDayHigh(day, locale)}</li>
        ))}
      </ul>
      <details className="elevation__table">
        <summary>{t.tableSummary}</summary>
        <div className="table-scroll" tabIndex={0} role="region" aria-label={t.tableLabel}>
          <table>
            <caption className="visually-hidden">{t.tableCaption}</caption>
            <thead>
              <tr>
                <th scope="col">{t.day}</th>
                <th scope="col">{t.place}</th>
                <th scope="col">{t.kind}</th>
                <th scope="col">{t.fromStart}</th>
                <th scope="col">{t.altitude}</th>
              </tr>
            </thead>
            <tbody>
              {profile.points.map((point, index) => (
                <tr key={`${point.stop.place.id}-${index}`}>
                  <td>{point.stop.day}</td>
                  <th scope="row">{point.stop.place.name}</th>
                  <td>{enumLabel(locale, "placeKind", point.stop.place.kind)}</td>
                  <td>{`${formatNumber(Math.round(point.stop.km * 10) / 10, locale)} km`}</td>
                  <td>{formatElevation(point.stop.place.elevation, undefined, locale)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </figure>
  );
}
