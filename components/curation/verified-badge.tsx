import { useTranslations } from "next-intl";

type VerifiedBadgeProps = { status: string; verifiedAt: Date | null; subject?: "enterprise" | "product" };

/** "Terverifikasi": shown only on a published profile that staff verified. The words carry the meaning. */
export function VerifiedBadge({ status, verifiedAt, subject = "enterprise" }: VerifiedBadgeProps) {
  const t = useTranslations("CurationQueue.verified");
  if (status !== "PUBLISHED" || !verifiedAt) return null;
  const description = t(subject === "product" ? "productDescription" : "description");
  return (
    // .verified-badge (app/globals.css) draws the seal: it is on every verified card of a catalog page.
    <span className="verified-badge" title={description}>
      <span>{t("label")}</span>
      <span className="sr-only">{description}</span>
    </span>
  );
}
