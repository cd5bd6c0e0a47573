import Link from "next/link";
import { useTranslations } from "next-intl";
import { CurationStatusBadge } from "@/components/status/curation-status-badge";
import { Badge } from "@/components/ui/badge";
import { Table, Td, Th } from "@/components/ui/table";
import type { QueueItem } from "@/lib/curation/queries";
import type { AppLocale } from "@/lib/i18n/config";
import { formatDate } from "@/lib/i18n/format";
import { KbliCell } from "./kbli-cell";

/** Enterprise profiles in the queue, each linking to its review. */
export function EnterpriseQueueTable({ items, caption, locale }: { items: QueueItem[]; caption: string; locale: AppLocale }) {
  const t = useTranslations("CurationQueue.queue");
  return (
    <Table caption={caption}>
      <thead>
        <tr>
          <Th>{t("enterprise")}</Th>
          <Th>{t("kecamatan")}</Th>
          <Th>{t("kbli")}</Th>
          <Th>{t("updated")}</Th>
          <Th>{t("status")}</Th>
        </tr>
      </thead>
      <tbody>
        {items.map((item) => (
          <tr key={item.id}>
            <Th scope="row">
              <Link href={`/staf/kurasi/ikm/${item.id}`} className="font-semibold text-brand-800 underline">
                {item.brandName ?? item.legalName}
              </Link>
              {item.brandName ? <span className="block text-sm font-normal text-muted">{item.legalName}</span> : null}
            </Th>
            <Td>{item.kecamatan.name}</Td>
            <Td>
              <KbliCell kbli={item.primaryKbli} locale={locale} missing={t("noKbli")} />
            </Td>
            <Td className="whitespace-nowrap">{formatDate(item.updatedAt, locale)}</Td>
            <Td>
              <QueueStatus status={item.status} answeredBySme={item.answeredBySme} />
              {item.hasPendingChange ? <PendingChangeBadge /> : null}
            </Td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}

/** The status badge, and whether the SME has answered a revision request. */
export function QueueStatus({ status, answeredBySme }: { status: QueueItem["status"]; answeredBySme: boolean }) {
  const t = useTranslations("CurationQueue.queue");
  return (
    <div className="flex flex-col items-start gap-1">
      <CurationStatusBadge status={status} />
      {status === "REVISION_REQUESTED" ? (
        <Badge tone={answeredBySme ? "info" : "neutral"}>{answeredBySme ? t("answered") : t("awaitingAnswer")}</Badge>
      ) : null}
      {status === "SUBMITTED" && answeredBySme ? <Badge tone="info">{t("resubmitted")}</Badge> : null}
    </div>
  );
}

function PendingChangeBadge() {
  const t = useTranslations("CurationQueue.changes");
  return (
    <span className="mt-1 block">
      <Badge tone="info">{t("queueBadge")}</Badge>
    </span>
  );
}
