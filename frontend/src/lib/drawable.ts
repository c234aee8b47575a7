/**
 * The profile and the map draw only what is known. A place whose elevation or coordinates are
 * unknown (null in the API) is left out of the drawing; a day that starts or ends at such a place
 * is left out whole. The text beside each drawing still names every place.
 */
import type { LatLon } from "./geo";

type Elevation = { m: number; ft: number };
type MaybePlace = {
  id: number;
  name: string;
  kind: string;
  elevation: Elevation | null;
  coordinates: LatLon | null;
};
type MaybeDay<P extends MaybePlace> = {
  number: number;
  from_place: P;
  to_place: P;
  places_passed: readonly P[];
  distance?: { km: number } | null;
  overnight?: { type: string; place: P } | null;
};

export type DrawablePlace = MaybePlace & { elevation: Elevation; coordinates: LatLon };
export type DrawableDay = {
  number: number;
  from_place: DrawablePlace;
  to_place: DrawablePlace;
  places_passed: DrawablePlace[];
  distance: { km: number } | null;
  overnight: { type: string; place: DrawablePlace } | null;
};

export function isDrawable(place: MaybePlace): place is DrawablePlace {
  return place.elevation !== null && place.coordinates !== null;
}

export function drawableDays<P extends MaybePlace>(days: readonly MaybeDay<P>[]): DrawableDay[] {
  const drawn: DrawableDay[] = [];
  for (const day of days) {
    const { from_place: from, to_place: to, overnight } = day;
    if (!isDrawable(from) || !isDrawable(to)) continue;
    drawn.push({
      number: day.number,
      from_place: from,
      to_place: to,
      places_passed: day.places_passed.filter((place) => isDrawable(place)),
      distance: day.distance ?? null,
      overnight:
        overnight && isDrawable(overnight.place)
          ? { type: overnight.type, place: overnight.place }
          : null,
    });
  }
  return drawn;
}
