import { useTranslations } from "next-intl";
import { CommentThread } from "@/components/curation/comment-thread";
import { CurationStatusBadge } from "@/components/status/curation-status-badge";
import type { ThreadEntry } from "@/lib/curation/queries";
import type { CurationStatus } from "@/lib/generated/prisma/enums";
import type { AppLocale } from "@/lib/i18n/config";
import { ProductAnswerForm, SubmitProductForm } from "./status-forms";

type StatusPanelProps = {
  productId: string;
  status: CurationStatus;
  photoCount: number;
  thread: ThreadEntry[];
  locale: AppLocale;
  enterpriseName: string;
};

/** Where the product stands in curation, and the one next step the SME can take. */
export function ProductStatusPanel({ productId, status, photoCount, thread, locale, enterpriseName }: StatusPanelProps) {
  const t = useTranslations("Products.statusPanel");
  return (
    <div className="space-y-4">
      <p>
        <CurationStatusBadge status={status} />
      </p>
      {/* A live region: after "Ajukan kurasi" the new status is announced (the button itself is gone). */}
      <p role="status">{t(status)}</p>
      {status === "DRAFT" ? (
        <>
          {photoCount === 0 ? <p className="text-sm text-muted">{t("needPhoto")}</p> : null}
          <SubmitProductForm productId={productId} />
        </>
      ) : null}
      {thread.length > 0 || status === "REVISION_REQUESTED" ? (
        <section aria-labelledby="product-thread-heading" className="space-y-3">
          <h3 id="product-thread-heading" className="text-lg font-semibold text-brand-900">
            {t("threadHeading")}
          </h3>
          <CommentThread thread={thread} locale={locale} enterpriseName={enterpriseName} />
        </section>
      ) : null}
      {status === "REVISION_REQUESTED" ? <ProductAnswerForm productId={productId} /> : null}
    </div>
  );
}
