/** Distances and a flat projection for the small areas a trek covers (tens of kilometres). */

export type LatLon = { lat: number; lon: number };

/** The mean Earth radius, in km. */
const EARTH_RADIUS_KM = 6371.0088;
/** Kilometres in one degree of latitude (and of longitude at the equator). */
export const KM_PER_DEGREE = (EARTH_RADIUS_KM * Math.PI) / 180;

const radians = (degrees: number) => (degrees * Math.PI) / 180;

/** Great-circle distance in km (haversine). */
export function distanceKm(a: LatLon, b: LatLon): number {
  const dLat = radians(b.lat - a.lat);
  const dLon = radians(b.lon - a.lon);
  const h =
    Math.sin(dLat / 2) ** 2 +
    Math.cos(radians(a.lat)) * Math.cos(radians(b.lat)) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

/**
 * Equirectangular projection to km east and north of `origin`, longitudes shrunk by the cosine of
 * `meanLat`: over a trek's extent the error is far below what a map of a page's width shows.
 */
export function projectKm(
  point: LatLon,
  origin: LatLon,
  meanLat: number,
): { x: number; y: number } {
  return {
    x: (point.lon - origin.lon) * Math.cos(radians(meanLat)) * KM_PER_DEGREE,
    y: (point.lat - origin.lat) * KM_PER_DEGREE,
  };
}

/** A round length (1, 2 or 5 × 10ⁿ) no longer than `max`. */
export function roundLength(max: number): number {
  if (!(max > 0)) return 1;
  const power = 10 ** Math.floor(Math.log10(max));
  const fraction = max / power;
  return (fraction >= 5 ? 5 : fraction >= 2 ? 2 : 1) * power;
}
