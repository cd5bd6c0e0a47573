import { useTranslations } from "next-intl";
import type { AppLocale } from "@/lib/i18n/config";
import { formatDateTime } from "@/lib/i18n/format";
import type { ThreadEntry } from "@/lib/curation/queries";

/** The conversation on a profile's curation, oldest first, staff and SME told apart in words. */
export function CommentThread({ thread, locale, enterpriseName }: { thread: ThreadEntry[]; locale: AppLocale; enterpriseName: string }) {
  const t = useTranslations("CurationQueue.thread");
  if (thread.length === 0) return <p className="text-muted">{t("empty")}</p>;
  return (
    <ol className="space-y-3">
      {thread.map((entry) => (
        <li
          key={entry.id}
          className={`rounded-lg border p-4 ${entry.fromStaff ? "border-brand-200 bg-brand-50" : "border-line bg-white sm:ml-8"}`}
        >
          <p className="text-sm font-semibold text-brand-900">
            {entry.fromStaff ? t("fromStaff", { name: entry.authorName ?? t("staff") }) : t("fromSme", { name: entry.authorName ?? enterpriseName })}
            <span className="font-normal text-muted">
              {" · "}
              <time dateTime={entry.createdAt.toISOString()}>{formatDateTime(entry.createdAt, locale)}</time>
            </span>
          </p>
          <p className="mt-1 whitespace-pre-line">{entry.body}</p>
        </li>
      ))}
    </ol>
  );
}
