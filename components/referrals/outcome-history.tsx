import { getLocale, getTranslations } from "next-intl/server";
import { Table, Td, Th } from "@/components/ui/table";
import { formatDateTime, formatRupiah } from "@/lib/i18n/format";
import type { Referral } from "@/lib/referrals/queries";

/** The outcomes recorded for one referral, newest first. */
export async function OutcomeHistory({ outcomes }: { outcomes: Referral["outcomes"] }) {
  const [t, tKind, locale] = await Promise.all([getTranslations("Referrals.detail"), getTranslations("Referrals.outcomeKind"), getLocale()]);
  if (outcomes.length === 0) return <p className="text-muted">{t("noHistory")}</p>;
  return (
    <Table caption={t("historyCaption")}>
      <thead>
        <tr>
          <Th>{t("columns.date")}</Th>
          <Th>{t("columns.kind")}</Th>
          <Th className="text-right">{t("columns.amount")}</Th>
          <Th>{t("columns.note")}</Th>
          <Th>{t("columns.recordedBy")}</Th>
        </tr>
      </thead>
      <tbody>
        {outcomes.map((outcome) => (
          <tr key={outcome.id}>
            <Td className="whitespace-nowrap">{formatDateTime(outcome.createdAt, locale)}</Td>
            <Th scope="row">{tKind(outcome.kind)}</Th>
            <Td className="text-right whitespace-nowrap tabular-nums">{outcome.amountRupiah !== null ? formatRupiah(outcome.amountRupiah, locale) : ""}</Td>
            <Td className="whitespace-pre-line">{outcome.note ?? ""}</Td>
            <Td>{outcome.recordedBy?.name ?? ""}</Td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
