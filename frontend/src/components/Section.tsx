import type { ReactNode } from "react";

type Props = {
  id: string;
  title: string;
  children: ReactNode;
  className?: string;
  /** Give the section itself the id, for links to it (`#enquire`); the heading has `<id>-title`. */
  anchor?: boolean;
};

/** A titled part of a page; its heading labels it for assistive technology. */
export function Section({ id, title, children, className, anchor }: Props) {
  return (
    <section
      id={anchor ? id : undefined}
      className={className ? `section ${className}` : "section"}
      aria-labelledby={`${id}-title`}
    >
      <h2 id={`${id}-title`}>{title}</h2>
      {children}
    </section>
  );
}
