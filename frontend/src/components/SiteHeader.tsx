import type { Navigation } from "@/lib/navigation";

/** The search page is not a Wagtail page: the header always links to it. */
export const SEARCH_LINK = { title: "Find a trek", path: "/search/" };

export function SiteHeader({ navigation }: { navigation: Navigation }) {
  const links = [...navigation.sections, SEARCH_LINK];
  return (
    <header className="site-header">
      <div className="container site-header__inner">
        <a className="site-name" href="/">
          {navigation.title}
        </a>
        <nav aria-label="Sections">
          <ul className="site-nav">
            {links.map((section) => (
              <li key={section.path}>
                <a href={section.path}>{section.title}</a>
              </li>
            ))}
          </ul>
        </nav>
      </div>
    </header>
  );
}
