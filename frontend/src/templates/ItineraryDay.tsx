import type { Day, NightFinding } from "@/api/types";
import { type Fact, Facts } from "@/components/Facts";
import { RichText } from "@/components/RichText";
import { formatDistance, formatElevation, formatHours, formatList, metres } from "@/lib/format";
import { DEFAULT_LOCALE, type Locale } from "@/lib/i18n";
import { enumLabel, messagesFor } from "@/lib/messages";

/** One day of an itinerary: the route, its numbers, where you sleep, what you eat, how you
 * travel, and any acclimatisation advice for its night. */
export function ItineraryDay({
  day,
  advice = [],
  locale = DEFAULT_LOCALE,
}: {
  day: Day;
  advice?: NightFinding[];
  locale?: Locale;
}) {
  const words = messagesFor(locale);
  const t = words.days;
  const route = [day.from_place, ...day.places_passed, day.to_place];
  const overnight = day.overnight && day.overnight.type !== "none" ? day.overnight : null;
  const facts: Fact[] = [
    { label: t.hiking, value: day.hiking_hours ? formatHours(day.hiking_hours, locale) : null },
    {
      label: words.facts.distance,
      value: day.distance ? formatDistance(day.distance, locale) : null,
    },
    {
      label: words.itinerary.ascentDescent,
      value:
        day.ascent || day.descent
          ? [
              day.ascent && words.itinerary.up(metres(day.ascent.m, locale)),
              day.descent && words.itinerary.down(metres(day.descent.m, locale)),
            ]
              .filter(Boolean)
              .join(", ")
          : null,
    },
    {
      label: t.overnight,
      value: overnight
        ? t.overnightAt(
            enumLabel(locale, "overnight", overnight.type),
            overnight.place.name,
            formatElevation(overnight.place.elevation, undefined, locale),
          )
        : null,
    },
    {
      label: t.meals,
      value: formatList(
        day.meals.map((meal) => enumLabel(locale, "meal", meal)),
        t.noMeals,
        locale,
      ),
    },
  ];
  return (
    <article className="day" id={`day-${day.number}`} aria-labelledby={`day-${day.number}-title`}>
      <h3 id={`day-${day.number}-title`}>
        <span className="day__number">{words.day(day.number)}</span> {day.title}
      </h3>
      <p className="day__route">
        <span className="visually-hidden">{t.route}</span>
        {route.map((place, index) => (
          <span key={`${place.id}-${index}`}>
            {index > 0 ? <span aria-hidden="true"> → </span> : null}
            <span className={place.kind === "pass" ? "day__place day__place--pass" : "day__place"}>
              {place.name}
              {place.elevation ? (
                <span className="day__alt"> ({metres(place.elevation.m, locale)})</span>
              ) : null}
            </span>
            {index < route.length - 1 ? <span className="visually-hidden">{t.then}</span> : null}
          </span>
        ))}
      </p>
      <Facts facts={facts} className="facts--compact" />
      {advice.map((finding) => (
        <p key={finding.kind} className="day__advice" role="note">
          <strong>{t.acclimatisation}</strong> {finding.message}
        </p>
      ))}
      {day.transport.length ? (
        <div className="day__transport">
          <h4>{t.transport}</h4>
          <ul>
            {day.transport.map((leg, index) => (
              <li key={index}>
                <span className="mode">{enumLabel(locale, "mode", leg.mode)}</span>
                {t.legFrom}
                {leg.from_place.name}
                {t.legTo} {leg.to_place.name}, {leg.duration.text}
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
