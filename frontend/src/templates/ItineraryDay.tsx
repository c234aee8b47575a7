import type { Day, NightFinding } from "@/api/types";
import { type Fact, Facts } from "@/components/Facts";
import { RichText } from "@/components/RichText";
import {
  formatDistance,
  formatElevation,
  formatHours,
  formatList,
  humanize,
  metres,
} from "@/lib/format";

const OVERNIGHT: Record<string, string> = {
  camp: "Camp",
  homestay: "Homestay",
  hotel: "Hotel",
};

/** One day of an itinerary: the route, its numbers, where you sleep, what you eat, how you
 * travel, and any acclimatisation advice for its night. */
export function ItineraryDay({ day, advice = [] }: { day: Day; advice?: NightFinding[] }) {
  const route = [day.from_place, ...day.places_passed, day.to_place];
  const overnight = day.overnight && day.overnight.type !== "none" ? day.overnight : null;
  const facts: Fact[] = [
    { label: "Hiking", value: day.hiking_hours ? formatHours(day.hiking_hours) : null },
    { label: "Distance", value: day.distance ? formatDistance(day.distance) : null },
    {
      label: "Ascent / descent",
      value:
        day.ascent || day.descent
          ? [
              day.ascent && `${metres(day.ascent.m)} up`,
              day.descent && `${metres(day.descent.m)} down`,
            ]
              .filter(Boolean)
              .join(", ")
          : null,
    },
    {
      label: "Overnight",
      value: overnight
        ? `${OVERNIGHT[overnight.type] ?? humanize(overnight.type)} at ${overnight.place.name}, ` +
          formatElevation(overnight.place.elevation)
        : null,
    },
    { label: "Meals", value: formatList(day.meals, "None included") },
  ];
  return (
    <article className="day" id={`day-${day.number}`} aria-labelledby={`day-${day.number}-title`}>
      <h3 id={`day-${day.number}-title`}>
        <span className="day__number">Day {day.number}</span> {day.title}
      </h3>
      <p className="day__route">
        <span className="visually-hidden">Route: </span>
        {route.map((place, index) => (
          <span key={`${place.id}-${index}`}>
            {index > 0 ? <span aria-hidden="true"> → </span> : null}
            <span className={place.kind === "pass" ? "day__place day__place--pass" : "day__place"}>
              {place.name}
              {place.elevation ? (
                <span className="day__alt"> ({metres(place.elevation.m)})</span>
              ) : null}
            </span>
            {index < route.length - 1 ? <span className="visually-hidden">, then </span> : null}
          </span>
        ))}
      </p>
      <Facts facts={facts} className="facts--compact" />
      {advice.map((finding) => (
        <p key={finding.kind} className="day__advice" role="note">
          <strong>Acclimatisation:</strong> {finding.message}
        </p>
      ))}
      {day.transport.length ? (
        <div className="day__transport">
          <h4>Transport</h4>
          <ul>
            {day.transport.map((leg, index) => (
              <li key={index}>
                <span className="mode">{humanize(leg.mode)}</span> {leg.from_place.name} to{" "}
                {leg.to_place.name}, {leg.duration.text}
                {leg.notes ? <span className="day__leg-note">. {leg.notes}</span> : null}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <RichText html={day.description} className="day__description" />
    </article>
  );
}
