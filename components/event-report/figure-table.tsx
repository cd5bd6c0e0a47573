import { useLocale, useTranslations } from "next-intl";
import { Table, Td, Th } from "@/components/ui/table";
import type { BreakdownRow, MeetingFigures } from "@/lib/event-report/queries";
import type { AppLocale } from "@/lib/i18n/config";
import { formatNumber, formatRupiah } from "@/lib/i18n/format";

const columns = ["scheduled", "held", "noShows", "notRecorded", "deals"] as const;

/** Meeting figures per sector or kecamatan, with a totals row. */
export function FigureTable({ caption, keyLabel, rows, totals, unknownLabel }: { caption: string; keyLabel: string; rows: BreakdownRow[]; totals: MeetingFigures; unknownLabel: string }) {
  const t = useTranslations("EventReport");
  const locale = useLocale() as AppLocale;
  const cells = (figures: MeetingFigures) => (
    <>
      {columns.map((column) => (
        <Td key={column} className="text-right tabular-nums">
          {formatNumber(figures[column], locale)}
        </Td>
      ))}
      <Td className="text-right tabular-nums whitespace-nowrap">{formatRupiah(figures.dealValueRupiah, locale)}</Td>
    </>
  );
  return (
    <Table caption={caption}>
      <thead>
        <tr>
          <Th>{keyLabel}</Th>
          {columns.map((column) => (
            <Th key={column} className="text-right">
              {t(`columns.${column}`)}
            </Th>
          ))}
          <Th className="text-right">{t("columns.dealValue")}</Th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.key || "unknown"}>
            <Th scope="row">{row.key ? `${row.key} ${row.name ?? ""}`.trim() : unknownLabel}</Th>
            {cells(row)}
          </tr>
        ))}
        <tr className="font-semibold">
          <Th scope="row">{t("totalRow")}</Th>
          {cells(totals)}
        </tr>
      </tbody>
    </Table>
  );
}
