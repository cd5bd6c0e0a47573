import { useTranslations } from "next-intl";

type VerifiedBadgeProps = { status: string; verifiedAt: Date | null; subject?: "enterprise" | "product" };

/** "Terverifikasi": shown only on a published profile that staff verified. The words carry the meaning. */
export function VerifiedBadge({ status, verifiedAt, subject = "enterprise" }: VerifiedBadgeProps) {
  const t = useTranslations("CurationQueue.verified");
  if (status !== "PUBLISHED" || !verifiedAt) return null;
  const description = t(subject === "product" ? "productDescription" : "description");
  return (
    <span
      className="inline-flex items-center gap-1 rounded-full border border-green-300 bg-green-50 px-2.5 py-0.5 text-xs font-semibold whitespace-nowrap text-green-800"
      title={description}
    >
      <svg viewBox="0 0 20 20" className="size-4 shrink-0" fill="currentColor" aria-hidden="true">
        <path d="M10 1.5 12.4 3.3l3 .1.9 2.9 2.4 1.8-.9 2.9.9 2.9-2.4 1.8-.9 2.9-3 .1L10 18.5l-2.4-1.8-3-.1-.9-2.9-2.4-1.8.9-2.9-.9-2.9 2.4-1.8.9-2.9 3-.1L10 1.5Zm-1.2 11.3 5-5-1.2-1.2-3.8 3.8-1.8-1.8-1.2 1.2 3 3Z" />
      </svg>
      <span>{t("label")}</span>
      <span className="sr-only">{description}</span>
    </span>
  );
}
