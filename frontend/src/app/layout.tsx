import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { SiteFooter } from "@/components/SiteFooter";
import { SiteHeader } from "@/components/SiteHeader";
import { siteUrl } from "@/lib/config";
import { loadNavigation } from "@/lib/navigation";
import { loadOperator } from "@/lib/operator";
import "./globals.css";

export async function generateMetadata(): Promise<Metadata> {
  const { title } = await loadNavigation();
  return {
    metadataBase: new URL(siteUrl()),
    title: { default: title, template: `%s · ${title}` },
    openGraph: { siteName: title, locale: "en_GB" },
  };
}

export const viewport: Viewport = { themeColor: "#0d4f4a", colorScheme: "light" };

export default async function RootLayout({ children }: { children: ReactNode }) {
  const [navigation, operator] = await Promise.all([loadNavigation(), loadOperator()]);
  return (
    <html lang="en">
      <body>
        <a className="skip-link" href="#main">
          Skip to content
        </a>
        <SiteHeader navigation={navigation} />
        <main id="main" tabIndex={-1}>
          {children}
        </main>
        <SiteFooter navigation={navigation} operator={operator} />
      </body>
    </html>
  );
}
