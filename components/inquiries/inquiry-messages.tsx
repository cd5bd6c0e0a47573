import { useTranslations } from "next-intl";
import type { AppLocale } from "@/lib/i18n/config";
import { formatDateTime } from "@/lib/i18n/format";
import type { InquiryThread } from "@/lib/inquiries/queries";

/** The messages of a thread, oldest first; who wrote each is said in words, not only by colour. */
export function InquiryMessages({ thread, locale, supplierName }: { thread: InquiryThread; locale: AppLocale; supplierName: string }) {
  const t = useTranslations("Inquiries.thread");
  const tone = { BUYER: "border-line bg-white", SME: "border-green-200 bg-green-50 sm:ml-8", STAFF: "border-brand-200 bg-brand-50 sm:ml-4" } as const;
  return (
    <ol className="space-y-3" aria-label={t("messagesLabel")}>
      {thread.messages.map((message) => {
        const author =
          message.side === "BUYER"
            ? t("fromBuyer", { name: message.author?.name ?? thread.buyer.name, organization: thread.buyer.name })
            : message.side === "SME"
              ? t("fromSme", { name: supplierName })
              : t("fromStaff", { name: message.author?.name ?? t("staff") });
        return (
          <li key={message.id} className={`rounded-lg border p-4 ${tone[message.side]}`}>
            <p className="text-sm font-semibold text-brand-900">
              {author}
              <span className="font-normal text-muted">
                {" · "}
                <time dateTime={message.createdAt.toISOString()}>{formatDateTime(message.createdAt, locale)}</time>
              </span>
            </p>
            <p className="mt-1 whitespace-pre-line break-words">{message.body}</p>
          </li>
        );
      })}
    </ol>
  );
}
