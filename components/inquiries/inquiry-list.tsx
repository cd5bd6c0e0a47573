import Link from "next/link";
import { useTranslations } from "next-intl";
import { Badge } from "@/components/ui/badge";
import type { AppLocale } from "@/lib/i18n/config";
import { formatDateTime } from "@/lib/i18n/format";
import type { InquiryListItem } from "@/lib/inquiries/queries";

type Side = "BUYER" | "SME" | "STAFF";

/** Threads as cards: subject, what it is about, with whom, the last activity and where it stands. */
export function InquiryList({ items, side, basePath, locale }: { items: InquiryListItem[]; side: Side; basePath: string; locale: AppLocale }) {
  const t = useTranslations("Inquiries.list");
  return (
    <ul className="space-y-3">
      {items.map((item) => {
        const product = item.productNameId ? (locale === "en" ? (item.productNameEn ?? item.productNameId) : item.productNameId) : null;
        const about = product ? t("aboutProduct", { product, supplier: item.supplierName }) : t("aboutSupplier", { supplier: item.supplierName });
        // The reader's turn: the last message came from someone else (staff follow up by the flag instead).
        const waiting = side !== "STAFF" && item.status === "OPEN" && item.lastSide !== null && item.lastSide !== side;
        return (
          <li key={item.id} className="rounded-lg border border-line bg-white p-4 shadow-sm">
            <div className="flex flex-wrap items-center gap-2">
              <Badge tone={item.status === "OPEN" ? "success" : "neutral"}>{item.status === "OPEN" ? t("open") : t("closed")}</Badge>
              {waiting ? <Badge tone="info">{side === "SME" ? t("awaitingYou") : t("newReply")}</Badge> : null}
              {side === "STAFF" && item.needsFollowUp ? <Badge tone="warning">{t("followUp")}</Badge> : null}
            </div>
            <h3 className="mt-2 text-lg font-semibold">
              <Link href={`${basePath}/${item.id}`} className="text-brand-800 underline">
                {item.subject}
              </Link>
            </h3>
            <p className="text-sm text-muted">{about}</p>
            <p className="text-sm text-muted">
              {side !== "BUYER" ? `${t("from", { buyer: item.buyerName })} · ` : null}
              {t("lastActivity", { date: formatDateTime(item.lastMessageAt, locale) })}
            </p>
          </li>
        );
      })}
    </ul>
  );
}
