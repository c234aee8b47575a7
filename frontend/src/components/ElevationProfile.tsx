import type { Day } from "@/api/types";
import { formatElevation, humanize } from "@/lib/format";
import { buildProfile, describeProfile } from "@/lib/elevation";

type Props = { days: Day[]; title: string; id?: string };

/** The route's altitude, stop by stop, as inline SVG drawn on the server; a table follows for detail. */
export function ElevationProfile({ days, title, id = "elevation" }: Props) {
  const profile = buildProfile(days);
  if (!profile) return null;
  const titleId = `${id}-svg-title`;
  const descId = `${id}-svg-desc`;
  const { plot } = profile;
  return (
    <figure className="elevation">
      {/* Narrow screens scroll the chart sideways rather than shrink its text; keyboard users too. */}
      <div
        className="elevation__scroll"
        tabIndex={0}
        role="region"
        aria-label="Elevation profile chart"
      >
        <svg
          className="elevation__svg"
          viewBox={`0 0 ${profile.width} ${profile.height}`}
          role="img"
          aria-labelledby={`${titleId} ${descId}`}
          xmlns="http://www.w3.org/2000/svg"
        >
          <title id={titleId}>{`Elevation profile: ${title}`}</title>
          <desc id={descId}>{describeProfile(profile)}</desc>

          <g className="elevation__days">
            {profile.days.map((day, index) => (
              <g key={day.number}>
                {index % 2 === 0 ? (
                  <rect
                    className="elevation__band"
                    x={day.x0}
                    y={plot.top}
                    width={Math.max(day.x1 - day.x0, 0)}
                    height={plot.bottom - plot.top}
                  />
                ) : null}
                <text
                  className="elevation__day"
                  x={(day.x0 + day.x1) / 2}
                  y={plot.bottom + 28}
                  textAnchor="middle"
                >
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
              Altitude (m)
            </text>
          </g>

          <path className="elevation__area" d={profile.area} />
          <path className="elevation__line" d={profile.line} />

          {profile.points.map((point, index) => (
            <g
              key={`${point.stop.place.id}-${index}`}
              className={`elevation__stop elevation__stop--${point.stop.place.kind}`}
            >
              <circle cx={point.x} cy={point.y} r={point.label ? 5 : 3.5}>
                <title>{`${point.stop.place.name}, ${formatElevation(point.stop.place.elevation)}`}</title>
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
        Altitude of each place on the route, day by day, in metres. Places are evenly spaced, not to
        scale.
      </figcaption>
      <details className="elevation__table">
        <summary>The profile as a table</summary>
        <div
          className="table-scroll"
          tabIndex={0}
          role="region"
          aria-label="Elevation profile table"
        >
          <table>
            <caption className="visually-hidden">
              Places on the route in order, with their altitude
            </caption>
            <thead>
              <tr>
                <th scope="col">Day</th>
                <th scope="col">Place</th>
                <th scope="col">Kind</th>
                <th scope="col">Altitude</th>
              </tr>
            </thead>
            <tbody>
              {profile.points.map((point, index) => (
                <tr key={`${point.stop.place.id}-${index}`}>
                  <td>{point.stop.day}</td>
                  <th scope="row">{point.stop.place.name}</th>
                  <td>{humanize(point.stop.place.kind)}</td>
                  <td>{formatElevation(point.stop.place.elevation)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </figure>
  );
}
