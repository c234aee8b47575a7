import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { SiteFooter } from "@/components/SiteFooter";
import { SiteHeader } from "@/components/SiteHeader";
import { siteUrl } from "@/lib/config";
import { OG_LOCALES } from "@/lib/i18n";
import { loadLanguageLinks } from "@/lib/language-links";
import { messagesFor } from "@/lib/messages";
import { loadNavigation } from "@/lib/navigation";
import { loadOperator } from "@/lib/operator";
import { requestLocale } from "@/lib/request-context";
import "./globals.css";

export async function generateMetadata(): Promise<Metadata> {
  const locale = await requestLocale();
  const { title } = await loadNavigation(locale);
  return {
    metadataBase: new URL(siteUrl()),
    title: { default: title, template: `%s · ${title}` },
    openGraph: { siteName: title, locale: OG_LOCALES[locale] },
  };
}

export const viewport: Viewport = { themeColor: "#0d4f4a", colorScheme: "light" };

/** Every page: `<html lang>` is the requested path's language ("/es/…": Spanish). */
export default async function RootLayout({ children }: { children: ReactNode }) {
  const locale = await requestLocale();
  const [navigation, operator, languages] = await Promise.all([
    loadNavigation(locale),
    loadOperator(),
    loadLanguageLinks(locale),
  ]);
  return (
    <html lang={locale}>
      <body>
        <a className="skip-link" href="#main">
          {messagesFor(locale).site.skipLink}
        </a>
        <SiteHeader navigation={navigation} locale={locale} languages={languages} />
        <main id="main" tabIndex={-1}>
          {children}
        </main>
        <SiteFooter navigation={navigation} operator={operator} locale={locale} />
      </body>
    </html>
  );
}
