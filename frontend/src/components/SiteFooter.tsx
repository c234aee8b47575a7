import type { Navigation } from "@/lib/navigation";

export function SiteFooter({ navigation }: { navigation: Navigation }) {
  return (
    <footer className="site-footer">
      <div className="container">
        <p>
          <a href="/">{navigation.title}</a>: routes, places and people along the way. Altitudes are
          given in metres and feet; check conditions locally before you walk.
        </p>
      </div>
    </footer>
  );
}
