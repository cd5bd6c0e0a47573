import { getLocale, getTranslations } from "next-intl/server";
import { FigureGrid } from "@/components/ui/figure-grid";
import { Table, Td, Th } from "@/components/ui/table";
import { formatNumber, formatRupiah } from "@/lib/i18n/format";
import { outcomeKinds } from "@/lib/referrals/purposes";
import type { ReferralStatistics as Statistics } from "@/lib/referrals/statistics";

/** Headline figures, consents by partner and purpose, and outcomes by partner, each table with a totals row. */
export async function ReferralStatistics({ statistics }: { statistics: Statistics }) {
  const [t, tPurpose, tKind, locale] = await Promise.all([
    getTranslations("Referrals.staff"),
    getTranslations("Referrals.purpose"),
    getTranslations("Referrals.outcomeKind"),
    getLocale(),
  ]);
  const { consents, outcomes, totals } = statistics;
  const number = (value: number) => formatNumber(value, locale);
  const numberCell = (value: number) => <Td className="text-right tabular-nums">{number(value)}</Td>;
  const kindCells = (byKind: Statistics["totals"]["byKind"]) => outcomeKinds.map((kind) => <Td key={kind} className="text-right tabular-nums">{number(byKind[kind])}</Td>);
  const rupiahCell = (value: bigint) => <Td className="text-right whitespace-nowrap tabular-nums">{formatRupiah(value, locale)}</Td>;

  return (
    <div className="space-y-10">
      <FigureGrid
        label={t("figuresLabel")}
        figures={[
          { label: t("activeFigure"), value: number(totals.active) },
          { label: t("endedFigure"), value: number(totals.ended) },
          { label: t("revokedFigure"), value: number(totals.revoked) },
          { label: t("kurApprovedFigure"), value: number(totals.kurApproved) },
          { label: t("kurAmountFigure"), value: formatRupiah(totals.kurApprovedRupiah, locale) },
        ]}
      />
      {consents.length === 0 ? (
        <p className="text-muted">{t("noConsents")}</p>
      ) : (
        <Table caption={t("consentsCaption")}>
          <thead>
            <tr>
              <Th>{t("columns.partner")}</Th>
              <Th>{t("columns.purpose")}</Th>
              <Th className="text-right">{t("columns.active")}</Th>
              <Th className="text-right">{t("columns.ended")}</Th>
              <Th className="text-right">{t("columns.revoked")}</Th>
            </tr>
          </thead>
          <tbody>
            {consents.map((row) => (
              <tr key={`${row.partnerOrganizationId}-${row.purpose}`}>
                <Th scope="row">{row.partnerName}</Th>
                <Td>{tPurpose(row.purpose)}</Td>
                {numberCell(row.active)}
                {numberCell(row.ended)}
                {numberCell(row.revoked)}
              </tr>
            ))}
            <tr className="font-semibold">
              <Th scope="row" colSpan={2}>
                {t("totalRow")}
              </Th>
              {numberCell(totals.active)}
              {numberCell(totals.ended)}
              {numberCell(totals.revoked)}
            </tr>
          </tbody>
        </Table>
      )}
      {outcomes.length === 0 ? (
        <p className="text-muted">{t("noOutcomes")}</p>
      ) : (
        <Table caption={t("outcomesCaption")}>
          <thead>
            <tr>
              <Th>{t("columns.partner")}</Th>
              {outcomeKinds.map((kind) => (
                <Th key={kind} className="text-right">
                  {tKind(kind)}
                </Th>
              ))}
              <Th className="text-right">{t("columns.kurAmount")}</Th>
            </tr>
          </thead>
          <tbody>
            {outcomes.map((row) => (
              <tr key={row.partnerOrganizationId}>
                <Th scope="row">{row.partnerName}</Th>
                {kindCells(row.byKind)}
                {rupiahCell(row.kurApprovedRupiah)}
              </tr>
            ))}
            <tr className="font-semibold">
              <Th scope="row">{t("totalRow")}</Th>
              {kindCells(totals.byKind)}
              {rupiahCell(totals.kurApprovedRupiah)}
            </tr>
          </tbody>
        </Table>
      )}
    </div>
  );
}
