import { getLocale, getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { formatDate } from "@/lib/i18n/format";
import { purposesFor } from "@/lib/referrals/purposes";
import type { PartnerConsentOption } from "@/lib/referrals/queries";
import { ConsentToggle } from "./consent-toggle";

/** One partner organisation on the SME's page: who it is, and a toggle per purpose it takes. */
export async function PartnerConsentCard({ partner }: { partner: PartnerConsentOption }) {
  const [t, tPurpose, tEnums, locale] = await Promise.all([
    getTranslations("Referrals.sme"),
    getTranslations("Referrals.purpose"),
    getTranslations("Enums"),
    getLocale(),
  ]);
  const headingId = `partner-${partner.id}`;
  return (
    <Card as="section" aria-labelledby={headingId}>
      <div className="flex flex-wrap items-center gap-2">
        <h3 id={headingId} className="text-lg font-bold text-brand-900">
          {partner.name}
        </h3>
        <Badge tone="info">{tEnums(`partnerKind.${partner.kind}`)}</Badge>
      </div>
      {partner.description ? <p className="mt-2 text-muted">{partner.description}</p> : null}
      <ul className="mt-4 space-y-4">
        {purposesFor(partner.kind).map((purpose) => {
          const consent = partner.consents.find((row) => row.purpose === purpose);
          const active = consent !== undefined && consent.revokedAt === null;
          const status = active
            ? t("grantedSince", { date: formatDate(consent.grantedAt, locale) })
            : consent?.revokedAt
              ? t("revokedOn", { date: formatDate(consent.revokedAt, locale) })
              : t("notShared");
          return (
            <li key={purpose} className="flex flex-col gap-2 border-t border-line pt-4 sm:flex-row sm:items-start sm:justify-between">
              <div>
                <p className="font-semibold">{tPurpose(purpose)}</p>
                <p className={active ? "font-medium text-green-800" : "text-muted"}>
                  {active ? <span aria-hidden="true">✓ </span> : null}
                  {status}
                </p>
              </div>
              <ConsentToggle
                partnerOrganizationId={partner.id}
                purpose={purpose}
                active={active}
                name={t("toggleName", { partner: partner.name, purpose: tPurpose(purpose) })}
              />
            </li>
          );
        })}
      </ul>
    </Card>
  );
}
