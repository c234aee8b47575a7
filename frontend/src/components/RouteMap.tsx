import type { Day } from "@/api/types";
import { formatElevation } from "@/lib/format";
import { drawableDays } from "@/lib/drawable";
import { DEFAULT_LOCALE, type Locale } from "@/lib/i18n";
import type { MapTiles } from "@/lib/map-config";
import { enumLabel, messagesFor } from "@/lib/messages";
import {
  DEFAULT_MAP_LAYOUT,
  buildRouteMap,
  describeRoute,
  LABEL_FONT_SIZE,
  routeGeometry,
  SYMBOL_PATHS,
} from "@/lib/route-map";
import { RouteMapInteractive } from "./RouteMapInteractive";

type Props = {
  days: Day[];
  title: string;
  /** The tile server of the interactive map; null draws the SVG map alone. */
  tiles: MapTiles | null;
  id?: string;
  locale?: Locale;
};

/**
 * The route on a map, as inline SVG drawn on the server from the places' coordinates, so it reads
 * without JavaScript. With a tile server configured a zoomable map is added below it.
 */
export function RouteMap({
  days: allDays,
  title,
  tiles,
  id = "route-map",
  locale = DEFAULT_LOCALE,
}: Props) {
  const days = drawableDays(allDays);
  const map = buildRouteMap(days, DEFAULT_MAP_LAYOUT, locale);
  if (!map) return null;
  const t = messagesFor(locale).map;
  const titleId = `${id}-svg-title`;
  const descId = `${id}-svg-desc`;
  const { scale, north } = map;
  return (
    <figure className="route-map">
      <div className="route-map__scroll" tabIndex={0} role="region" aria-label={t.label}>
        <svg
          className="route-map__svg"
          viewBox={`0 0 ${map.width} ${map.height}`}
          role="img"
          aria-labelledby={`${titleId} ${descId}`}
          xmlns="http://www.w3.org/2000/svg"
        >
          <title id={titleId}>{t.title(title)}</title>
          <desc id={descId}>{t.desc(describeRoute(days, locale), scale.label)}</desc>
          <rect
            className="route-map__ground"
            x={map.frame.left}
            y={map.frame.top}
            width={map.frame.right - map.frame.left}
            height={map.frame.bottom - map.frame.top}
          />

          <g className="route-map__days">
            {map.days.map((day) => (
              <path
                key={day.number}
                className="route-map__day"
                data-day={day.number}
                d={day.d}
                stroke={day.stroke.colour}
                strokeDasharray={day.stroke.dash || undefined}
              />
            ))}
          </g>

          <g className="route-map__markers">
            {map.markers.map((marker) => (
              <g
                key={marker.place.id}
                className={`route-map__marker route-map__marker--${marker.symbol}`}
                transform={`translate(${marker.x} ${marker.y})`}
              >
                {marker.nights.length ? <circle className="route-map__night" r={10} /> : null}
                <path d={SYMBOL_PATHS[marker.symbol]}>
                  <title>{`${marker.place.name} (${enumLabel(locale, "placeKind", marker.place.kind).toLowerCase()}), ${formatElevation(marker.place.elevation, undefined, locale)}`}</title>
                </path>
              </g>
            ))}
          </g>

          <g className="route-map__labels" fontSize={LABEL_FONT_SIZE}>
            {map.labels.map((label) => (
              <text
                key={label.placeId}
                className="route-map__label"
                x={label.x}
                y={label.y}
                textAnchor={label.anchor}
              >
                {label.text}
              </text>
            ))}
          </g>

          <g className="route-map__scale" data-km={scale.km}>
            <rect
              className="route-map__scale-bar"
              x={scale.x}
              y={scale.y - 4}
              width={scale.length / 2}
              height={4}
            />
            <rect
              className="route-map__scale-bar route-map__scale-bar--light"
              x={scale.x + scale.length / 2}
              y={scale.y - 4}
              width={scale.length / 2}
              height={4}
            />
            <text x={scale.x} y={scale.y - 9}>
              {scale.label}
            </text>
          </g>

          <g className="route-map__north" transform={`translate(${north.x} ${north.y})`}>
            <path d="M0 -14 L7 8 L0 3 L-7 8 Z" />
            <text y={22} textAnchor="middle">
              {t.north}
            </text>
          </g>

          <line
            className="route-map__rule"
            x1={0}
            x2={map.width}
            y1={map.frame.bottom}
            y2={map.frame.bottom}
          />
          <g className="route-map__legend">
            {map.legend.map((item) => (
              <g key={item.label} transform={`translate(${item.x} ${item.y})`}>
                {item.type === "day" ? (
                  <line
                    className="route-map__day"
                    x1={0}
                    x2={40}
                    y1={0}
                    y2={0}
                    stroke={item.stroke.colour}
                    strokeDasharray={item.stroke.dash || undefined}
                  />
                ) : item.type === "symbol" ? (
                  <g className={`route-map__marker route-map__marker--${item.symbol}`}>
                    <path d={SYMBOL_PATHS[item.symbol]} transform="translate(9 0)" />
                  </g>
                ) : (
                  <circle className="route-map__night" cx={9} r={9} />
                )}
                <text x={item.type === "day" ? 48 : 24} dy="0.35em">
                  {item.label}
                </text>
              </g>
            ))}
          </g>
        </svg>
      </div>
      <figcaption>{t.caption}</figcaption>
      {tiles ? (
        <RouteMapInteractive
          geometry={routeGeometry(days, locale)}
          tileUrl={tiles.url}
          attribution={tiles.attribution}
          label={t.zoomable(title)}
        />
      ) : null}
    </figure>
  );
}
