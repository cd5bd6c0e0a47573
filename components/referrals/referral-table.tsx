import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { Table, Td, Th } from "@/components/ui/table";
import { formatDate } from "@/lib/i18n/format";
import type { ReferralRow } from "@/lib/referrals/queries";

/** The partner's active referrals: one row per consent (an SME may consent for two purposes). */
export async function ReferralTable({ rows }: { rows: ReferralRow[] }) {
  const [t, tPurpose, tKind, locale] = await Promise.all([
    getTranslations("Referrals.partner"),
    getTranslations("Referrals.purpose"),
    getTranslations("Referrals.outcomeKind"),
    getLocale(),
  ]);
  return (
    <Table caption={t("caption")}>
      <thead>
        <tr>
          <Th>{t("columns.enterprise")}</Th>
          <Th>{t("columns.purpose")}</Th>
          <Th>{t("columns.kecamatan")}</Th>
          <Th>{t("columns.granted")}</Th>
          <Th>{t("columns.lastOutcome")}</Th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => {
          const latest = row.outcomes[0];
          return (
            <tr key={row.id}>
              <Th scope="row">
                <Link href={`/mitra/ikm/${row.id}`} className="font-semibold text-brand-800 underline">
                  {row.enterprise.brandName ?? row.enterprise.legalName}
                </Link>
                {row.enterprise.brandName ? <span className="block text-sm text-muted">{row.enterprise.legalName}</span> : null}
              </Th>
              <Td>{tPurpose(row.purpose)}</Td>
              <Td>{row.enterprise.kecamatan.name}</Td>
              <Td className="whitespace-nowrap">{formatDate(row.grantedAt, locale)}</Td>
              <Td>{latest ? `${tKind(latest.kind)} (${formatDate(latest.createdAt, locale)})` : <span className="text-muted">{t("noOutcome")}</span>}</Td>
            </tr>
          );
        })}
      </tbody>
    </Table>
  );
}
