import type { Metadata, Viewport } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { ClientMessages } from "@/components/i18n/client-messages";
import { HydrationMark } from "@/components/layout/hydration-mark";
import { SiteFooter } from "@/components/layout/site-footer";
import { SiteHeader } from "@/components/layout/site-header";
import { ToastProvider } from "@/components/ui/toast";
import { env } from "@/lib/env";
import { shellNamespaces } from "@/lib/i18n/pick-messages";
import { siteConfig } from "@/lib/site";
import "./globals.css";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Metadata");
  const tSite = await getTranslations("Site");
  const site = siteConfig();
  return {
    title: { template: `%s · ${site.productName}`, default: `${site.productName} · ${tSite("subtitle")}` },
    description: t("description", { office: site.officeName }),
    applicationName: site.productName,
    // Absolute addresses for OpenGraph images and links; pages without their own openGraph
    // get their title and description copied into these defaults by Next.
    metadataBase: new URL(env().appUrl),
    openGraph: { type: "website", siteName: site.productName, locale: (await getTranslations("Discoverability"))("openGraphLocale") },
  };
}

export const viewport: Viewport = {
  themeColor: "#0c2a43",
  width: "device-width",
  initialScale: 1,
};

export default async function RootLayout({ children }: { children: ReactNode }) {
  const locale = await getLocale();
  const t = await getTranslations("Site");
  return (
    <html lang={locale}>
      <body className="flex min-h-dvh flex-col">
        {/* Only what the shell translates on the client; pages add their own (ClientMessages). */}
        <ClientMessages namespaces={shellNamespaces}>
          <ToastProvider>
            <a
              href="#main"
              className="sr-only z-50 rounded-md bg-accent-400 px-4 py-3 font-semibold text-ink focus:not-sr-only focus:fixed focus:top-2 focus:left-2"
            >
              {t("skipToContent")}
            </a>
            <SiteHeader />
            <main id="main" tabIndex={-1} className="flex-1 focus:outline-none">
              {children}
            </main>
            <SiteFooter />
            <HydrationMark />
          </ToastProvider>
        </ClientMessages>
      </body>
    </html>
  );
}
