import Link from "next/link";
import { useTranslations } from "next-intl";
import { Table, Td, Th } from "@/components/ui/table";
import type { ProductQueueItem } from "@/lib/curation/product-queries";
import type { AppLocale } from "@/lib/i18n/config";
import { formatDateTime } from "@/lib/i18n/format";
import { QueueStatus } from "./enterprise-queue-table";
import { KbliCell } from "./kbli-cell";

/** Products in the queue, each linking to its review; the enterprise's own status shows beside it. */
export function ProductQueueTable({ items, caption, locale }: { items: ProductQueueItem[]; caption: string; locale: AppLocale }) {
  const t = useTranslations("ProductCuration.queue");
  const tStatus = useTranslations("Enums.curationStatus");
  return (
    <Table caption={caption}>
      <thead>
        <tr>
          <Th>{t("product")}</Th>
          <Th>{t("enterprise")}</Th>
          <Th>{t("kbli")}</Th>
          <Th>{t("updated")}</Th>
          <Th>{t("status")}</Th>
        </tr>
      </thead>
      <tbody>
        {items.map((item) => {
          const name = locale === "en" ? (item.nameEn ?? item.nameId) : item.nameId;
          return (
            <tr key={item.id}>
              <Th scope="row">
                <Link href={`/staf/kurasi/produk/${item.id}`} className="font-semibold text-brand-800 underline">
                  {name}
                </Link>
              </Th>
              <Td>
                <span className="block">{item.enterprise.brandName ?? item.enterprise.legalName}</span>
                <span className="block text-sm text-muted">{t("enterpriseStatus", { status: tStatus(item.enterprise.status) })}</span>
              </Td>
              <Td>
                <KbliCell kbli={item.kbli} locale={locale} missing={t("noKbli")} />
              </Td>
              <Td className="whitespace-nowrap">
                <time dateTime={item.updatedAt.toISOString()}>{formatDateTime(item.updatedAt, locale)}</time>
              </Td>
              <Td>
                <QueueStatus status={item.status} answeredBySme={item.answeredBySme} />
              </Td>
            </tr>
          );
        })}
      </tbody>
    </Table>
  );
}
