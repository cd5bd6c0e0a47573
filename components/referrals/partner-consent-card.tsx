import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import type { ReferralPurpose } from "@/lib/generated/prisma/enums";
import { formatDate } from "@/lib/i18n/format";
import { earliestLastDay, isConsentActive, lastDayOf } from "@/lib/referrals/active";
import type { PartnerConsentOption } from "@/lib/referrals/queries";
import { GrantConsentForm } from "./grant-consent-form";
import { RevokeConsentConfirm } from "./revoke-consent-confirm";

type Props = {
  partner: PartnerConsentOption;
  /** The purpose whose revocation the SME asked to confirm (?cabut=...), if it is this partner's. */
  confirming: ReferralPurpose | null;
  now: Date;
};

/**
 * One partner organisation on the SME's page: who it is, what is shared with it for which
 * purpose and until when (each with "Cabut persetujuan", confirmed on a second step), and a form
 * to share for one of the other purposes it offers, with an optional last day.
 */
export async function PartnerConsentCard({ partner, confirming, now }: Props) {
  const [t, tPurpose, tEnums, locale] = await Promise.all([
    getTranslations("Referrals.sme"),
    getTranslations("Referrals.purpose"),
    getTranslations("Enums"),
    getLocale(),
  ]);
  const headingId = `partner-${partner.id}`;
  const date = (value: Date) => formatDate(value, locale);
  const rows = partner.purposes.map((purpose) => {
    const consent = partner.consents.find((row) => row.purpose === purpose);
    return { purpose, consent, active: consent !== undefined && isConsentActive(consent, now) };
  });
  const notShared = rows.filter((row) => !row.active).map((row) => ({ value: row.purpose, label: tPurpose(row.purpose) }));
  return (
    <Card as="section" aria-labelledby={headingId} id={`card-${partner.id}`}>
      <div className="flex flex-wrap items-center gap-2">
        <h3 id={headingId} className="text-lg font-bold text-brand-900">
          {partner.name}
        </h3>
        <Badge tone="info">{tEnums(`partnerKind.${partner.kind}`)}</Badge>
      </div>
      {partner.description ? <p className="mt-2 text-muted">{partner.description}</p> : null}
      <ul className="mt-4 space-y-4">
        {rows.map(({ purpose, consent, active }) => {
          const status = active
            ? t("grantedSince", { date: date(consent!.grantedAt) })
            : consent?.revokedAt
              ? t("revokedOn", { date: date(consent.revokedAt) })
              : consent?.endsAt
                ? t("endedOn", { date: date(lastDayOf(consent.endsAt)) })
                : t("notShared");
          return (
            <li key={purpose} className="space-y-3 border-t border-line pt-4">
              <div className="flex flex-col gap-2 sm:flex-row sm:items-start sm:justify-between">
                <div>
                  <p className="font-semibold">{tPurpose(purpose)}</p>
                  <p className={active ? "font-medium text-green-800" : "text-muted"}>
                    {active ? <span aria-hidden="true">✓ </span> : null}
                    {status}
                  </p>
                  {active ? <p className="text-muted">{consent!.endsAt ? t("sharedUntil", { date: date(lastDayOf(consent!.endsAt)) }) : t("untilRevoked")}</p> : null}
                </div>
                {active && confirming !== purpose ? (
                  <Link
                    href={`/ikm/mitra?cabut=${encodeURIComponent(`${partner.id}:${purpose}`)}#card-${partner.id}`}
                    className="font-medium text-red-800 underline underline-offset-2"
                  >
                    {t("revoke")}
                    <span className="sr-only"> {t("revokeFor", { purpose: tPurpose(purpose) })}</span>
                  </Link>
                ) : null}
              </div>
              {confirming === purpose ? (
                <RevokeConsentConfirm
                  partnerOrganizationId={partner.id}
                  purpose={purpose}
                  active={active}
                  heading={t("confirmHeading", { partner: partner.name, purpose: tPurpose(purpose) })}
                  name={t("toggleName", { partner: partner.name, purpose: tPurpose(purpose) })}
                />
              ) : null}
            </li>
          );
        })}
      </ul>
      <div className="mt-4 border-t border-line pt-4">
        <GrantConsentForm partnerOrganizationId={partner.id} partnerName={partner.name} purposes={notShared} earliestLastDay={earliestLastDay(now)} />
      </div>
    </Card>
  );
}
