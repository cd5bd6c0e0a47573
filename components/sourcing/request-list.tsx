import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import { Badge } from "@/components/ui/badge";
import type { AppLocale } from "@/lib/i18n/config";
import { formatCountry, formatDate, formatNumber, formatRupiahRange } from "@/lib/i18n/format";
import { deadlinePassed } from "@/lib/sourcing/fit";
import type { RequestListItem } from "@/lib/sourcing/queries";
import { KbliText, RequestStatusBadge } from "./request-facts";

export type RequestListEntry = RequestListItem & {
  /** Extra badges for the reader (e.g. "Diteruskan petugas", "Penawaran Anda terkirim"). */
  badges?: { label: string; tone: "info" | "success" | "warning" | "neutral" | "accent" }[];
};

/** Requests as cards: one column on phones, the title links to the request. */
export function RequestList({
  items,
  basePath,
  showBuyer,
  showOffers = true,
  now,
}: {
  items: RequestListEntry[];
  basePath: string;
  showBuyer: boolean;
  /** The number of offers: for the buyer and staff, not for competing SMEs. */
  showOffers?: boolean;
  now: Date;
}) {
  const t = useTranslations("Sourcing.list");
  const tCommon = useTranslations("Common");
  const locale = useLocale() as AppLocale;
  return (
    <ul className="space-y-3">
      {items.map((request) => (
        <li key={request.id} className="rounded-lg border border-line bg-white p-4 shadow-sm">
          <div className="flex flex-wrap items-start justify-between gap-2">
            <h3 className="text-lg font-semibold">
              <Link href={`${basePath}/${request.id}`} className="text-brand-800 underline">
                {request.title}
              </Link>
            </h3>
            <div className="flex flex-wrap gap-1">
              <RequestStatusBadge status={request.status} deadlinePassed={deadlinePassed(request.deadline, now)} />
              {request.badges?.map((badge) => (
                <Badge key={badge.label} tone={badge.tone}>
                  {badge.label}
                </Badge>
              ))}
            </div>
          </div>
          <dl className="mt-3 grid gap-x-6 gap-y-1 text-sm sm:grid-cols-2">
            {showBuyer ? (
              <div>
                <dt className="inline font-semibold">{t("buyer")}: </dt>
                <dd className="inline">
                  {request.buyer.name}, {request.buyer.city}
                </dd>
              </div>
            ) : null}
            <div>
              <dt className="inline font-semibold">{t("kbli")}: </dt>
              <dd className="inline">
                <KbliText kbli={request.kbli} />
              </dd>
            </div>
            <div>
              <dt className="inline font-semibold">{t("quantity")}: </dt>
              <dd className="inline">{t("quantityPerMonth", { quantity: formatNumber(request.quantityPerMonth, locale), unit: request.unit })}</dd>
            </div>
            <div>
              <dt className="inline font-semibold">{t("targetPrice")}: </dt>
              <dd className="inline tabular-nums">
                {formatRupiahRange(request.targetPriceMinRupiah, request.targetPriceMaxRupiah, locale) ?? tCommon("notProvided")}
              </dd>
            </div>
            <div>
              <dt className="inline font-semibold">{t("destination")}: </dt>
              <dd className="inline">{request.exportDestination ? formatCountry(request.exportDestination, locale) : t("domestic")}</dd>
            </div>
            <div>
              <dt className="inline font-semibold">{t("deadline")}: </dt>
              <dd className="inline">{request.deadline ? formatDate(request.deadline, locale) : t("noDeadline")}</dd>
            </div>
            {showOffers ? (
              <div>
                <dt className="inline font-semibold">{t("offers")}: </dt>
                <dd className="inline tabular-nums">{formatNumber(request._count.offers, locale)}</dd>
              </div>
            ) : null}
          </dl>
        </li>
      ))}
    </ul>
  );
}
