import type { Operator } from "@/api/types";
import { DEFAULT_LOCALE, type Locale } from "@/lib/i18n";
import { messagesFor } from "@/lib/messages";
import type { Navigation } from "@/lib/navigation";
import { telHref, websiteHref, websiteLabel } from "@/lib/operator";

export function SiteFooter({
  navigation,
  operator,
  locale = DEFAULT_LOCALE,
}: {
  navigation: Navigation;
  operator: Operator;
  locale?: Locale;
}) {
  const t = messagesFor(locale).site;
  const tel = operator.phone ? telHref(operator.phone) : null;
  const website = websiteHref(operator.website);
  const contact = operator.email || tel || website || operator.address;
  return (
    <footer className="site-footer">
      <div className="container">
        <p>
          <a href={navigation.home}>{navigation.title}</a>
          {t.footerAbout}
        </p>
        {operator.name || contact ? (
          <div className="operator">
            {operator.name ? (
              <p className="operator__name">
                {t.tripsRunBy}
                <strong>{operator.name}</strong>.
              </p>
            ) : null}
            {contact ? (
              <ul className="operator__contact" aria-label={t.contact}>
                {operator.email ? (
                  <li>
                    {t.email}
                    <a href={`mailto:${operator.email}`}>{operator.email}</a>
                  </li>
                ) : null}
                {tel ? (
                  <li>
                    {t.phone}
                    <a href={tel}>{operator.phone}</a>
                  </li>
                ) : null}
                {website ? (
                  <li>
                    {t.website}
                    <a href={website}>{websiteLabel(website)}</a>
                  </li>
                ) : null}
                {operator.address ? (
                  <li className="operator__address">{operator.address}</li>
                ) : null}
              </ul>
            ) : null}
          </div>
        ) : null}
      </div>
    </footer>
  );
}
