/**
 * Draws the route with Leaflet. Imported only dynamically by RouteMapInteractive, so Leaflet and
 * its stylesheet are in a chunk of their own that a page without a tile server never fetches.
 */
import "leaflet/dist/leaflet.css";
import L from "leaflet";
import type { RouteGeometry } from "./route-map";

const escapes: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" };
// Leaflet inserts attributions as HTML; the operator's text is shown as text.
const asText = (text: string) => text.replace(/[&<>"]/g, (char) => escapes[char] ?? char);

/** Draws the map into `element`; returns what removes it again. */
export function drawLeafletMap(
  element: HTMLElement,
  geometry: RouteGeometry,
  tileUrl: string,
  attribution: string,
): () => void {
  // Circle markers and lines only: Leaflet's default marker images would need their own URLs.
  const map = L.map(element, { scrollWheelZoom: false });
  L.tileLayer(tileUrl, { attribution: asText(attribution), maxZoom: 17 }).addTo(map);
  const lines = geometry.days.map((day) =>
    L.polyline(day.points, {
      color: day.stroke.colour,
      dashArray: day.stroke.dash || undefined,
      weight: 4,
    })
      .bindTooltip(day.label)
      .addTo(map),
  );
  for (const place of geometry.places) {
    L.circleMarker([place.lat, place.lon], {
      radius: place.night ? 7 : place.symbol === "pass" ? 6 : 4,
      color: "#1c2226",
      weight: place.night ? 3 : 1.5,
      fillColor: place.symbol === "pass" ? "#1c2226" : "#ffffff",
      fillOpacity: 1,
    })
      .bindTooltip(place.name)
      .addTo(map);
  }
  const bounds = L.featureGroup(lines).getBounds();
  if (bounds.isValid()) map.fitBounds(bounds, { padding: [24, 24] });
  else map.setView([geometry.places[0]?.lat ?? 0, geometry.places[0]?.lon ?? 0], 12);
  L.control.scale({ imperial: false }).addTo(map);
  return () => map.remove();
}
