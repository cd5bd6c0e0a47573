import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { getSessionUser } from "@/lib/auth/session";
import { timeZone } from "@/lib/i18n/config";
import { siteConfig } from "@/lib/site";
import { footerLinks } from "./footer-links";
import { OfficeContact } from "./office-contact";

export async function SiteFooter() {
  const [t, tNav, tSite, user] = await Promise.all([getTranslations("Footer"), getTranslations("Nav"), getTranslations("Site"), getSessionUser()]);
  const site = siteConfig();
  const year = new Intl.DateTimeFormat("en", { year: "numeric", timeZone }).format(new Date());
  
  return (
    <footer className="mt-16 border-t border-line bg-brand-900 text-brand-50">
      <div className="mx-auto grid max-w-6xl gap-8 px-4 py-10 md:grid-cols-3">
        <section aria-labelledby="footer-about">
          <h2 id="footer-about" className="text-lg font-bold text-white">
            {site.productName}
          </h2>
          <p className="mt-1 text-sm text-brand-200">{tSite("subtitle")}</p>
          <p className="mt-3 text-sm">{t("about", { city: site.city })}</p>
          <p className="mt-3 text-sm">
            {t("operatedBy")} <strong className="text-white">{site.officeName}</strong>
          </p>
        </section>

        <section aria-labelledby="footer-contact">
          <h2 id="footer-contact" className="text-lg font-bold text-white">
            {t("contactHeading")}
          </h2>
          <OfficeContact
            tone="dark"
            items={["address", "phone", "email", "website"]}
            labels={{ address: t("address"), phone: t("phone"), email: t("email"), website: t("website") }}
            className="mt-3 space-y-2 text-sm"
          />
        </section>

        <nav aria-labelledby="footer-links">
          <h2 id="footer-links" className="text-lg font-bold text-white">
            {t("linksHeading")}
          </h2>
          <ul className="mt-3 space-y-1 text-sm">
            {footerLinks(user !== null).map(([href, label]) => (
              <li key={href}>
                <Link href={href} className="inline-flex min-h-11 items-center text-white underline">
                  {tNav(label)}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      </div>
      <div className="border-t border-brand-800">
        <p className="mx-auto max-w-6xl px-4 py-4 text-sm text-brand-200">
          {t("copyright", { year, office: site.officeName })}
        </p>
      </div>
    </footer>
  );
}
