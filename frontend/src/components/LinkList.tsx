import type { PageLink } from "@/api/types";

/** Links to other guide pages, e.g. the communities a route passes. */
export function LinkList({ links, className }: { links: PageLink[]; className?: string }) {
  if (!links.length) return null;
  return (
    <ul className={className ? `link-list ${className}` : "link-list"}>
      {links.map((link) => (
        <li key={link.id}>
          <a href={link.path}>{link.title}</a>
        </li>
      ))}
    </ul>
  );
}
