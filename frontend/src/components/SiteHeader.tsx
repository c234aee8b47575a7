import type { Navigation } from "@/lib/navigation";

export function SiteHeader({ navigation }: { navigation: Navigation }) {
  return (
    <header className="site-header">
      <div className="container site-header__inner">
        <a className="site-name" href="/">
          {navigation.title}
        </a>
        {navigation.sections.length ? (
          <nav aria-label="Sections">
            <ul className="site-nav">
              {navigation.sections.map((section) => (
                <li key={section.path}>
                  <a href={section.path}>{section.title}</a>
                </li>
              ))}
            </ul>
          </nav>
        ) : null}
      </div>
    </header>
  );
}
