import type { components } from "@/api/schema";
import { formatNumber } from "@/lib/format";
import { DEFAULT_LOCALE, type Locale } from "@/lib/i18n";
import { enumLabel } from "@/lib/messages";
import { type Experience, experienceMeta, formatLeadTime } from "./fact-text";

type Schemas = components["schemas"];

/** What visitors can do: a kind, how long and whether to book, then what it is. */
export function ExperienceList({
  experiences,
  locale = DEFAULT_LOCALE,
}: {
  experiences: Experience[];
  locale?: Locale;
}) {
  return (
    <ul className="experiences">
      {experiences.map((experience) => (
        <li key={experience.title} className="experience">
          <p className="experience__kind">{experienceMeta(experience, locale)}</p>
          <h3>{experience.title}</h3>
          {experience.description ? <p>{experience.description}</p> : null}
        </li>
      ))}
    </ul>
  );
}

/** Animals visitors may see, each with where and how likely. */
export function WildlifeList({
  wildlife,
  locale = DEFAULT_LOCALE,
}: {
  wildlife: Schemas["GuideWildlife"][];
  locale?: Locale;
}) {
  return (
    <ul className="plain-list">
      {wildlife.map((animal) => (
        <li key={animal.species}>
          <strong>{animal.species}</strong>:{" "}
          {enumLabel(locale, "likelihood", animal.likelihood).toLowerCase()}
          {animal.where ? <span className="facts__note"> ({animal.where})</span> : null}
        </li>
      ))}
    </ul>
  );
}

/** Plants with their local names and traditional uses. */
export function PlantList({ plants }: { plants: Schemas["GuidePlant"][] }) {
  return (
    <ul className="plain-list">
      {plants.map((plant) => (
        <li key={plant.name}>
          <strong>{plant.name}</strong>
          {plant.local_name ? (
            <>
              {" "}
              (<i>{plant.local_name}</i>)
            </>
          ) : null}
          : {plant.use}
        </li>
      ))}
    </ul>
  );
}

/** What a hot spring's water carries, with amounts where they are known. */
export function WaterComposition({
  water,
  locale = DEFAULT_LOCALE,
}: {
  water: Schemas["GuideWaterComponent"][];
  locale?: Locale;
}) {
  return (
    <ul className="plain-list">
      {water.map((component) => (
        <li key={component.name}>
          <strong>{component.name}</strong>
          {component.amount
            ? `: ${formatNumber(component.amount.value, locale)} ${component.amount.unit}`
            : null}
          {component.note ? <span className="facts__note"> ({component.note})</span> : null}
        </li>
      ))}
    </ul>
  );
}

/** Links to other pages, each with the editor's note on why. */
export function NotedLinks({ links }: { links: Schemas["GuideRelatedDestination"][] }) {
  return (
    <ul className="plain-list">
      {links.map((link) => (
        <li key={link.id}>
          <a href={link.path}>{link.title}</a>
          {link.note ? `: ${link.note}` : null}
        </li>
      ))}
    </ul>
  );
}

/** Tickets and seats that sell out, and how far ahead to book them. */
export function BookAhead({
  items,
  locale = DEFAULT_LOCALE,
}: {
  items: Schemas["GuideBookingLeadTime"][];
  locale?: Locale;
}) {
  return (
    <ul className="checklist">
      {items.map((item) => (
        <li key={item.item}>
          <strong>{item.item}</strong>: {formatLeadTime(item, locale)}
          {item.note ? <span className="facts__note"> ({item.note})</span> : null}
        </li>
      ))}
    </ul>
  );
}
