"use client";

import { useEffect, useRef } from "react";
import type { RouteGeometry } from "@/lib/route-map";

type Props = { geometry: RouteGeometry; tileUrl: string; attribution: string; label: string };

/**
 * A zoomable map of the route on the configured tiles. Rendered only when a tile server is set;
 * Leaflet (and its stylesheet) is fetched by a dynamic import once the page runs, so a page without
 * a tile server, or a browser without JavaScript, loads none of it and keeps the SVG map.
 */
export function RouteMapInteractive({ geometry, tileUrl, attribution, label }: Props) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    let stop: (() => void) | null = null;
    let cancelled = false;
    import("@/lib/leaflet-map")
      .then(({ drawLeafletMap }) => {
        if (cancelled) return;
        // Shown only now: without scripts (or if Leaflet fails) there is no empty box.
        element.hidden = false;
        stop = drawLeafletMap(element, geometry, tileUrl, attribution);
      })
      .catch((error: unknown) => console.warn("The interactive map could not load", error));
    return () => {
      cancelled = true;
      stop?.();
    };
  }, [geometry, tileUrl, attribution]);
  return (
    <div
      ref={ref}
      className="route-map__interactive"
      data-route-map-interactive=""
      role="region"
      aria-label={label}
      hidden
    />
  );
}
