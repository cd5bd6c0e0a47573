import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { timeZone } from "@/lib/i18n/config";
import { displayUrl, siteConfig, telHref } from "@/lib/site";

export async function SiteFooter() {
  const [t, tNav, tSite] = await Promise.all([getTranslations("Footer"), getTranslations("Nav"), getTranslations("Site")]);
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
          <dl className="mt-3 space-y-2 text-sm">
            <div>
              <dt className="font-semibold text-brand-200">{t("address")}</dt>
              <dd>
                <address className="not-italic">
                  {site.address}, {site.province}
                </address>
              </dd>
            </div>
            <div>
              <dt className="font-semibold text-brand-200">{t("phone")}</dt>
              <dd>
                <a href={telHref(site.phone)} className="text-white underline">
                  {site.phone}
                </a>
              </dd>
            </div>
            <div>
              <dt className="font-semibold text-brand-200">{t("email")}</dt>
              <dd>
                <a href={`mailto:${site.email}`} className="break-all text-white underline">
                  {site.email}
                </a>
              </dd>
            </div>
            <div>
              <dt className="font-semibold text-brand-200">{t("website")}</dt>
              <dd>
                <a href={site.website} className="break-all text-white underline" rel="noopener">
                  {displayUrl(site.website)}
                </a>
              </dd>
            </div>
          </dl>
        </section>

        <nav aria-labelledby="footer-links">
          <h2 id="footer-links" className="text-lg font-bold text-white">
            {t("linksHeading")}
          </h2>
          <ul className="mt-3 space-y-1 text-sm">
            {(
              [
                ["/", "home"],
                ["/katalog", "catalog"],
                ["/acara", "events"],
                ["/daftar", "register"],
                ["/masuk", "signIn"],
              ] as const
            ).map(([href, label]) => (
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
