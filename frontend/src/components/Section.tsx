import type { ReactNode } from "react";

type Props = { id: string; title: string; children: ReactNode; className?: string };

/** A titled part of a page; its heading labels it for assistive technology. */
export function Section({ id, title, children, className }: Props) {
  return (
    <section
      className={className ? `section ${className}` : "section"}
      aria-labelledby={`${id}-title`}
    >
      <h2 id={`${id}-title`}>{title}</h2>
      {children}
    </section>
  );
}
