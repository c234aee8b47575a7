import { DEFAULT_LOCALE, type LanguageLink, type Locale, withLocale } from "@/lib/i18n";
import { messagesFor } from "@/lib/messages";
import type { Navigation } from "@/lib/navigation";

/** The search page is not a Wagtail page: the header always links to it. */
export const SEARCH_LINK = { title: "Find a trek", path: "/search/" };

/** The search page in the reader's language: "/search/", "/es/search/". */
export function searchLink(locale: Locale): { title: string; path: string } {
  return { title: messagesFor(locale).site.search, path: withLocale(SEARCH_LINK.path, locale) };
}

export function SiteHeader({
  navigation,
  locale = DEFAULT_LOCALE,
  languages = [],
}: {
  navigation: Navigation;
  locale?: Locale;
  /** The language switcher's links: this page in each language. */
  languages?: LanguageLink[];
}) {
  const t = messagesFor(locale).site;
  const links = [...navigation.sections, searchLink(locale)];
  return (
    <header className="site-header">
      <div className="container site-header__inner">
        <a className="site-name" href={navigation.home}>
          {navigation.title}
        </a>
        <nav aria-label={t.sections}>
          <ul className="site-nav">
            {links.map((section) => (
              <li key={section.path}>
                <a href={section.path}>{section.title}</a>
              </li>
            ))}
          </ul>
        </nav>
        {languages.length > 1 ? <LanguageSwitcher label={t.language} links={languages} /> : null}
      </div>
    </header>
  );
}

/**
 * Plain links to this page in every language (no script needed); each link's text is the
 * language's own name, in that language, and the current one is marked.
 */
function LanguageSwitcher({ label, links }: { label: string; links: LanguageLink[] }) {
  return (
    <nav aria-label={label} className="language-switcher">
      <ul>
        {links.map((link) => (
          <li key={link.locale}>
            <a
              href={link.href}
              hrefLang={link.locale}
              lang={link.locale}
              aria-current={link.current ? "true" : undefined}
            >
              {link.name}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
