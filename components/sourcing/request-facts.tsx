import type { ReactNode } from "react";
import { useLocale, useTranslations } from "next-intl";
import { type Definition, DefinitionList } from "@/components/layout/definition-list";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { localized } from "@/lib/catalog/localized";
import type { AppLocale } from "@/lib/i18n/config";
import { formatCountry, formatDate, formatNumber, formatRupiahRange } from "@/lib/i18n/format";
import type { RequestDetail } from "@/lib/sourcing/queries";

type Kbli = { code: string; nameId: string; nameEn: string | null } | null;

export function KbliText({ kbli }: { kbli: Kbli }) {
  const locale = useLocale();
  const t = useTranslations("Common");
  if (!kbli) return <>{t("notProvided")}</>;
  const name = localized(locale, kbli.nameId, kbli.nameEn);
  return (
    <>
      <span className="font-mono">{kbli.code}</span> <span lang={name.lang}>{name.text}</span>
    </>
  );
}

export function RequestStatusBadge({ status, deadlinePassed }: { status: "OPEN" | "CLOSED"; deadlinePassed?: boolean }) {
  const t = useTranslations("Sourcing");
  const tEnums = useTranslations("Enums.sourcingStatus");
  if (status === "OPEN" && deadlinePassed) return <Badge tone="warning">{t("deadlinePassedBadge")}</Badge>;
  return <Badge tone={status === "OPEN" ? "success" : "neutral"}>{tEnums(status)}</Badge>;
}

/** The request's terms: what, how much, at what price, with which certificates, where to, by when. */
export function RequestFacts({ request, showBuyer = true }: { request: RequestDetail; showBuyer?: boolean }) {
  const t = useTranslations("Sourcing.facts");
  const tCommon = useTranslations("Common");
  const tEnums = useTranslations("Enums");
  const locale = useLocale() as AppLocale;
  const items: Definition[] = [
    ...(showBuyer
      ? [
          {
            term: t("buyer"),
            detail: `${request.buyer.name} · ${tEnums(`buyerKind.${request.buyer.kind}`)} · ${request.buyer.city}, ${formatCountry(request.buyer.country, locale)}`,
          },
        ]
      : []),
    { term: t("kbli"), detail: <KbliText kbli={request.kbli} /> },
    { term: t("quantity"), detail: t("quantityPerMonth", { quantity: formatNumber(request.quantityPerMonth, locale), unit: request.unit }) },
    {
      term: t("targetPrice"),
      detail: formatRupiahRange(request.targetPriceMinRupiah, request.targetPriceMaxRupiah, locale) ?? tCommon("notProvided"),
    },
    {
      term: t("certificates"),
      detail:
        request.requiredCertificates.length > 0 ? (
          <span className="flex flex-wrap gap-1">
            {request.requiredCertificates.map((type) => (
              <Badge key={type}>{tEnums(`certificateType.${type}`)}</Badge>
            ))}
          </span>
        ) : (
          tCommon("none")
        ),
    },
    { term: t("destination"), detail: request.exportDestination ? formatCountry(request.exportDestination, locale) : t("domestic") },
    { term: t("deadline"), detail: request.deadline ? formatDate(request.deadline, locale) : t("noDeadline") },
    { term: t("posted"), detail: formatDate(request.createdAt, locale) },
  ];
  return (
    <div className="space-y-4">
      <p className="whitespace-pre-line">{request.description}</p>
      <DefinitionList items={items} />
    </div>
  );
}

/**
 * The request card every side's detail page opens with: its heading with the status badges, then
 * whatever that side shows (the facts, a contact, the buyer's close button).
 */
export function RequestCard({ heading, badges, children }: { heading: string; badges: ReactNode; children: ReactNode }) {
  return (
    <Card as="section" aria-labelledby="request-heading">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h2 id="request-heading" className="text-xl font-bold text-brand-900">
          {heading}
        </h2>
        {badges}
      </div>
      {children}
    </Card>
  );
}
