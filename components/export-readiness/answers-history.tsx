import { useTranslations } from "next-intl";
import { Table, Td, Th } from "@/components/ui/table";
import type { AppLocale } from "@/lib/i18n/config";
import { formatDate, formatNumber } from "@/lib/i18n/format";
import type { ExportReadinessTier } from "@/lib/generated/prisma/enums";
import { TierBadge } from "./tier-badge";

type HistoryRow = { id: string; createdAt: Date; score: number; tier: ExportReadinessTier; verifiedTier: ExportReadinessTier | null };

/** An SME's past assessments, newest first. */
export function AnswersHistory({ rows, locale }: { rows: readonly HistoryRow[]; locale: AppLocale }) {
  const t = useTranslations("ExportReadinessPages");
  const tReadiness = useTranslations("ExportReadiness");
  return (
    <section aria-labelledby="history-heading">
      <h2 id="history-heading" className="mb-4 text-2xl font-bold text-brand-900">
        {t("historyHeading")}
      </h2>
      <Table caption={t("historyCaption")}>
        <thead>
          <tr>
            <Th>{t("date")}</Th>
            <Th className="text-right">{t("score")}</Th>
            <Th>{tReadiness("selfAssessed")}</Th>
            <Th>{tReadiness("verified")}</Th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id}>
              <Td className="whitespace-nowrap">{formatDate(row.createdAt, locale)}</Td>
              <Td className="text-right tabular-nums">{formatNumber(row.score, locale)}</Td>
              <Td>
                <TierBadge tier={row.tier} />
              </Td>
              <Td>{row.verifiedTier ? <TierBadge tier={row.verifiedTier} /> : t("notVerified")}</Td>
            </tr>
          ))}
        </tbody>
      </Table>
    </section>
  );
}
