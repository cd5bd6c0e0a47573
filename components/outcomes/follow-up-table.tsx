import { useLocale, useTranslations } from "next-intl";
import { Badge } from "@/components/ui/badge";
import { Table, Td, Th } from "@/components/ui/table";
import type { AppLocale } from "@/lib/i18n/config";
import { formatDate, formatRupiah, kbliLabel } from "@/lib/i18n/format";
import type { FollowUpRow } from "@/lib/outcomes/queries";
import { followUpStaleDays } from "@/lib/outcomes/stages";

export function FollowUpTable({ rows, caption }: { rows: FollowUpRow[]; caption: string }) {
  const t = useTranslations("FollowUps");
  const tOutcome = useTranslations("Outcomes.outcome");
  const locale = useLocale() as AppLocale;
  return (
    <Table caption={caption}>
      <thead>
        <tr>
          <Th>{t("columns.pair")}</Th>
          <Th>{t("columns.event")}</Th>
          <Th>{t("columns.sector")}</Th>
          <Th>{t("columns.stage")}</Th>
          <Th className="text-right">{t("columns.value")}</Th>
          <Th>{t("columns.updated")}</Th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.id}>
            <Th scope="row">
              {row.smeName}
              <span className="block font-normal text-muted">{row.buyerName}</span>
            </Th>
            <Td>{row.event.title}</Td>
            <Td>{row.sector ? kbliLabel(row.sector, locale) : "—"}</Td>
            <Td>{tOutcome(row.outcome)}</Td>
            <Td className="text-right tabular-nums whitespace-nowrap">{row.dealValueRupiah !== null ? formatRupiah(row.dealValueRupiah, locale) : "—"}</Td>
            <Td>
              {row.outcomeAt ? formatDate(row.outcomeAt, locale) : "—"}
              {row.stale ? (
                <span className="mt-1 block">
                  <Badge tone="warning">{t("stale", { days: followUpStaleDays })}</Badge>
                </span>
              ) : null}
              {row.remindedAt ? <span className="block text-sm text-muted">{t("reminded", { date: formatDate(row.remindedAt, locale) })}</span> : null}
            </Td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
