import type { Operator } from "@/api/types";
import type { Navigation } from "@/lib/navigation";
import { telHref, websiteHref, websiteLabel } from "@/lib/operator";

export function SiteFooter({
  navigation,
  operator,
}: {
  navigation: Navigation;
  operator: Operator;
}) {
  const tel = operator.phone ? telHref(operator.phone) : null;
  const website = websiteHref(operator.website);
  const contact = operator.email || tel || website || operator.address;
  return (
    <footer className="site-footer">
      <div className="container">
        <p>
          <a href="/">{navigation.title}</a>: routes, places and people along the way. Altitudes are
          given in metres and feet; check conditions locally before you walk.
        </p>
        {operator.name || contact ? (
          <div className="operator">
            {operator.name ? (
              <p className="operator__name">
                Trips are run by <strong>{operator.name}</strong>.
              </p>
            ) : null}
            {contact ? (
              <ul className="operator__contact" aria-label="Contact">
                {operator.email ? (
                  <li>
                    Email: <a href={`mailto:${operator.email}`}>{operator.email}</a>
                  </li>
                ) : null}
                {tel ? (
                  <li>
                    Phone: <a href={tel}>{operator.phone}</a>
                  </li>
                ) : null}
                {website ? (
                  <li>
                    Website: <a href={website}>{websiteLabel(website)}</a>
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
