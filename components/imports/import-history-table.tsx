import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { Table, Td, Th } from "@/components/ui/table";
import type { ImportListItem } from "@/lib/import-desk/queries";
import { formatDateTime, formatNumber } from "@/lib/i18n/format";
import { ImportStatusBadge } from "./import-status-badge";

/** Past imports of one page: what was imported, by whom and when, and what came of it. */
export async function ImportHistoryTable({ items }: { items: ImportListItem[] }) {
  const [t, tKinds, locale] = await Promise.all([getTranslations("Imports.list"), getTranslations("Imports.kinds"), getLocale()]);
  const count = (value: number | undefined) => (value === undefined ? "–" : formatNumber(value, locale));
  return (
    <Table caption={t("historyCaption")}>
      <thead>
        <tr>
          <Th>{t("file")}</Th>
          <Th>{t("kind")}</Th>
          <Th>{t("by")}</Th>
          <Th>{t("when")}</Th>
          <Th className="text-right">{t("rows")}</Th>
          <Th className="text-right">{t("created")}</Th>
          <Th className="text-right">{t("updated")}</Th>
          <Th className="text-right">{t("unchanged")}</Th>
          <Th className="text-right">{t("invalid")}</Th>
          <Th>{t("status")}</Th>
        </tr>
      </thead>
      <tbody>
        {items.map((item) => (
          <tr key={item.id}>
            <Th scope="row">
              <Link href={`/staf/impor/${item.id}`} className="break-all">
                {item.fileName}
              </Link>
            </Th>
            <Td>{tKinds(item.kind)}</Td>
            <Td>{item.actorName ?? t("unknownActor")}</Td>
            <Td className="whitespace-nowrap">{formatDateTime(item.createdAt, locale)}</Td>
            <Td className="text-right tabular-nums">{count(item.total)}</Td>
            <Td className="text-right tabular-nums">{count(item.counts?.created)}</Td>
            <Td className="text-right tabular-nums">{count(item.counts?.updated)}</Td>
            <Td className="text-right tabular-nums">{count(item.counts?.unchanged)}</Td>
            <Td className="text-right tabular-nums">{count(item.counts?.invalid ?? (item.status === "DONE" ? undefined : item.errors))}</Td>
            <Td>
              <ImportStatusBadge status={item.status} />
            </Td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
