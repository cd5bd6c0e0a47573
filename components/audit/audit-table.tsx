import { getLocale, getTranslations } from "next-intl/server";
import { Table, Td, Th } from "@/components/ui/table";
import { isAuditAction } from "@/lib/audit/filters";
import type { AuditRow } from "@/lib/audit/queries";
import { formatDateTime } from "@/lib/i18n/format";
import { summarizeAuditData } from "./data-summary";

export async function AuditTable({ rows, page, pageCount }: { rows: readonly AuditRow[]; page: number; pageCount: number }) {
  const [t, locale] = await Promise.all([getTranslations("AuditViewer"), getLocale()]);
  return (
    <Table caption={t("caption", { page, pageCount })}>
      <thead>
        <tr>
          <Th>{t("columns.time")}</Th>
          <Th>{t("columns.actor")}</Th>
          <Th>{t("columns.action")}</Th>
          <Th>{t("columns.entity")}</Th>
          <Th>{t("columns.data")}</Th>
          <Th>{t("columns.ip")}</Th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.id.toString()}>
            <Td className="whitespace-nowrap">
              <time dateTime={row.createdAt.toISOString()}>{formatDateTime(row.createdAt, locale)}</time>
            </Td>
            <Td>
              {row.actor ? (
                <>
                  <span className="block font-medium text-ink">{row.actor.name}</span>
                  <span className="block break-all text-muted">{row.actor.email}</span>
                </>
              ) : (
                <span className="text-muted">{t("system")}</span>
              )}
            </Td>
            <Td>
              {/* Actions no longer in the code keep their raw name: the log outlives the code that wrote it. */}
              {isAuditAction(row.action) ? <span className="block">{t(`actions.${row.action}`)}</span> : null}
              <code className="block text-xs text-muted">{row.action}</code>
            </Td>
            <Td>
              <span className="block">{row.entityType}</span>
              {row.entityId ? <code className="block text-xs break-all text-muted">{row.entityId}</code> : null}
            </Td>
            <Td className="max-w-xs break-words">{summarizeAuditData(row.data)}</Td>
            <Td className="whitespace-nowrap">{row.ip ?? "–"}</Td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
