import { useLocale, useTranslations } from "next-intl";
import { Badge } from "@/components/ui/badge";
import { ResponseBadge } from "@/components/matching/match-badges";
import type { ConsortiumView } from "@/lib/consortia/queries";
import type { AppLocale } from "@/lib/i18n/config";
import { formatNumber } from "@/lib/i18n/format";
import { explanationText } from "@/lib/matching/engine/explain";
import { enterpriseName } from "@/lib/matching/engine/stored";

/** The consortium's explanation, one sentence a line. */
export function ConsortiumExplanation({ consortium }: { consortium: Pick<ConsortiumView, "explanation"> }) {
  const locale = useLocale() as AppLocale;
  return (
    <ul className="space-y-1 text-sm">
      {consortium.explanation.map((part, index) => (
        <li key={`${part.key}-${index}`}>{explanationText(part, locale)}</li>
      ))}
    </ul>
  );
}

/** Each member: name (lead marked), share, capacity, certificates, price range and, when asked, its answer. Stacks on phones. */
export function ConsortiumMembers({ consortium, answers = false }: { consortium: ConsortiumView; answers?: boolean }) {
  const t = useTranslations("Matching.consortium.board");
  const certificate = useTranslations("CatalogSearch.certificate");
  const locale = useLocale() as AppLocale;
  const unit = consortium.unit;
  return (
    <ul className="divide-y divide-line rounded-lg border border-line bg-white" aria-label={t("member")}>
      {consortium.members.map((member) => (
        <li key={member.enterpriseId} className="grid gap-1 p-3 text-sm sm:grid-cols-[1fr_8rem_8rem_10rem_12rem] sm:gap-3" data-testid="consortium-member">
          <span className="font-semibold text-ink">
            {enterpriseName(member.enterprise)} {member.lead ? <Badge tone="accent">{t("leadMember")}</Badge> : null}
            {answers ? (
              <span className="ml-2">
                <ResponseBadge side="sme" response={member.response} />
              </span>
            ) : null}
          </span>
          <span>
            <span className="text-muted">{t("share")}: </span>
            {formatNumber(member.share, locale)} {unit}
          </span>
          <span>
            <span className="text-muted">{t("memberCapacity")}: </span>
            {formatNumber(member.capacity, locale)} {unit}
          </span>
          <span>
            <span className="text-muted">{t("certificates")}: </span>
            {member.certificates.length > 0 ? member.certificates.map((type) => certificate(type)).join(", ") : t("noCertificates")}
          </span>
          <span>
            <span className="text-muted">{t("price")}: </span>
            {member.priceMin !== null || member.priceMax !== null ? t("priceRange", { low: member.priceMin ?? member.priceMax ?? 0, high: member.priceMax ?? member.priceMin ?? 0 }) : t("priceUnknown")}
          </span>
        </li>
      ))}
    </ul>
  );
}
