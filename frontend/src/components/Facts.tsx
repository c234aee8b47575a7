import type { ReactNode } from "react";

export type Fact = { label: string; value: ReactNode };

/** A panel of labelled facts as a description list; facts without a value are left out. */
export function Facts({ facts, className }: { facts: Fact[]; className?: string }) {
  const shown = facts.filter(
    (fact) => fact.value !== null && fact.value !== undefined && fact.value !== "",
  );
  if (!shown.length) return null;
  return (
    <dl className={className ? `facts ${className}` : "facts"}>
      {shown.map((fact) => (
        <div className="facts__item" key={fact.label}>
          <dt>{fact.label}</dt>
          <dd>{fact.value}</dd>
        </div>
      ))}
    </dl>
  );
}
