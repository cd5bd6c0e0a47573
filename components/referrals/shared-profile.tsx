import { getLocale, getTranslations } from "next-intl/server";
import { CertificateSummaryTable } from "@/components/certificates/certificate-summary-table";
import { TierBadge } from "@/components/export-readiness/tier-badge";
import { DefinitionList } from "@/components/layout/definition-list";
import { WebsiteLink } from "@/components/layout/office-contact";
import { Card } from "@/components/ui/card";
import { formatNib } from "@/lib/enterprises/identifiers";
import { formatCountry, formatNumber, localName } from "@/lib/i18n/format";
import type { SharedProfile as Profile } from "@/lib/referrals/queries";

/** Exactly what the SME's consent page says a partner sees, and nothing more. */
export async function SharedProfile({ enterprise, now }: { enterprise: Profile; now: Date }) {
  const [t, tScale, tEnums, locale] = await Promise.all([
    getTranslations("Referrals.detail"),
    getTranslations("Referrals.scale"),
    getTranslations("Enums"),
    getLocale(),
  ]);
  const none = <span className="text-muted">{t("notProvided")}</span>;
  const text = (value: string | null) => value || none;
  const kbli = enterprise.primaryKbli;
  return (
    <div className="space-y-6">
      <div className="grid gap-6 lg:grid-cols-2">
        <Card as="section" aria-labelledby="identity-heading">
          <h3 id="identity-heading" className="mb-4 text-lg font-bold text-brand-900">
            {t("identityHeading")}
          </h3>
          <DefinitionList
            items={[
              { term: t("legalName"), detail: enterprise.legalName },
              { term: t("brandName"), detail: text(enterprise.brandName) },
              { term: t("legalForm"), detail: tEnums(`legalForm.${enterprise.legalForm}`) },
              { term: t("nib"), detail: enterprise.nib ? <span className="font-mono">{formatNib(enterprise.nib)}</span> : none },
              { term: t("yearFounded"), detail: enterprise.yearFounded ?? none },
              { term: t("owner"), detail: text(enterprise.owner?.name ?? null) },
              { term: t("phone"), detail: enterprise.phone ? <a href={`tel:${enterprise.phone}`} className="text-brand-700 underline">{enterprise.phone}</a> : none },
              { term: t("whatsapp"), detail: text(enterprise.whatsapp) },
              { term: t("email"), detail: enterprise.email ? <a href={`mailto:${enterprise.email}`} className="break-all text-brand-700 underline">{enterprise.email}</a> : none },
              { term: t("website"), detail: enterprise.website ? <WebsiteLink href={enterprise.website} /> : none },
              { term: t("address"), detail: [enterprise.address, enterprise.kelurahan?.name, enterprise.kecamatan.name].filter(Boolean).join(", ") },
            ]}
          />
        </Card>
        <Card as="section" aria-labelledby="business-heading">
          <h3 id="business-heading" className="mb-4 text-lg font-bold text-brand-900">
            {t("businessHeading")}
          </h3>
          <DefinitionList
            items={[
              { term: t("scale"), detail: enterprise.scale ? tScale(enterprise.scale) : none },
              { term: t("workforce"), detail: enterprise.workforce !== null ? formatNumber(enterprise.workforce, locale) : none },
              {
                term: t("kbli"),
                detail: kbli ? (
                  <>
                    <span className="font-mono font-semibold">{kbli.code}</span> {localName(kbli, locale)}
                  </>
                ) : (
                  none
                ),
              },
              {
                term: t("capacity"),
                detail: enterprise.monthlyCapacity !== null ? t("capacityValue", { amount: formatNumber(enterprise.monthlyCapacity, locale), unit: enterprise.capacityUnit ?? "" }) : none,
              },
              {
                term: t("exportReadiness"),
                detail: enterprise.exportReadinessTier ? (
                  <span className="flex flex-wrap items-center gap-2">
                    <TierBadge tier={enterprise.exportReadinessTier} />
                    {enterprise.exportReadinessScore !== null ? <span>{t("exportScore", { score: enterprise.exportReadinessScore })}</span> : null}
                  </span>
                ) : (
                  none
                ),
              },
              {
                term: t("exportCountries"),
                detail: enterprise.exportCountries.length > 0 ? enterprise.exportCountries.map((code) => formatCountry(code, locale)).join(", ") : none,
              },
            ]}
          />
        </Card>
      </div>
      {enterprise.certificates.length > 0 ? (
        <CertificateSummaryTable certificates={enterprise.certificates} caption={t("certificatesCaption")} now={now} />
      ) : (
        <p className="text-muted">{t("noCertificates")}</p>
      )}
    </div>
  );
}
