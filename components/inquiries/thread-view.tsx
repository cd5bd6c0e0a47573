import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { DefinitionList } from "@/components/layout/definition-list";
import { PageBody, PageHeader } from "@/components/layout/page-header";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import type { FormAction } from "@/lib/auth/action";
import { productHref, supplierHref } from "@/lib/catalog/paths";
import { formatDate } from "@/lib/i18n/format";
import type { InquiryThread } from "@/lib/inquiries/queries";
import { CloseInquiryButton, ReplyForm } from "./inquiry-forms";
import { InquiryMessages } from "./inquiry-messages";

type ThreadViewProps = {
  side: "BUYER" | "SME" | "STAFF";
  thread: InquiryThread;
  replyAction: FormAction;
  closeAction: FormAction;
  backHref: string;
  /** Just opened by the buyer: say that it was sent and who was told. */
  justSent?: boolean;
};

/** One inquiry thread as its parties and staff see it: what it is about, the messages, reply and close. */
export async function InquiryThreadView({ side, thread, replyAction, closeAction, backHref, justSent }: ThreadViewProps) {
  const [t, locale] = await Promise.all([getTranslations("Inquiries.thread"), getLocale()]);
  const supplierName = thread.enterprise.brandName ?? thread.enterprise.legalName;
  const supplierListed = thread.enterprise.status === "PUBLISHED";
  const product = thread.product;
  const productName = product ? (locale === "en" ? (product.nameEn ?? product.nameId) : product.nameId) : null;
  const open = thread.status === "OPEN";

  return (
    <>
      <PageHeader title={thread.subject} lead={productName ? t("aboutProduct", { product: productName, supplier: supplierName }) : t("aboutSupplier", { supplier: supplierName })} />
      <PageBody>
        <div className="grid gap-8 lg:grid-cols-[2fr_1fr]">
          <div className="space-y-6">
            {justSent ? (
              <p role="status" className="rounded-md border-l-4 border-green-700 bg-green-50 p-3 font-medium text-green-900">
                {t("sentNotice")}
              </p>
            ) : null}
            <section aria-labelledby="messages-heading">
              <h2 id="messages-heading" className="mb-4 text-2xl font-bold text-brand-900">
                {t("messagesHeading")}
              </h2>
              <InquiryMessages thread={thread} locale={locale} supplierName={supplierName} />
            </section>
            {open ? (
              <section aria-labelledby="reply-heading">
                <h2 id="reply-heading" className="mb-3 text-xl font-bold text-brand-900">
                  {t("replyHeading")}
                </h2>
                <ReplyForm action={replyAction} inquiryId={thread.id} />
              </section>
            ) : (
              <p role="status" className="rounded-md border-l-4 border-slate-500 bg-slate-50 p-3 font-medium">
                {t("closedBanner")}
              </p>
            )}
          </div>
          <aside className="space-y-6">
            <Card as="section" aria-labelledby="thread-facts-heading">
              <h2 id="thread-facts-heading" className="mb-4 text-lg font-bold text-brand-900">
                {t("factsHeading")}
              </h2>
              <DefinitionList
                items={[
                  { term: t("status"), detail: <Badge tone={open ? "success" : "neutral"}>{open ? t("open") : t("closed")}</Badge> },
                  ...(product && productName
                    ? [
                        {
                          term: t("product"),
                          detail:
                            product.status === "PUBLISHED" && supplierListed ? (
                              <Link href={productHref(product.slug)} className="text-brand-800 underline">
                                {productName}
                              </Link>
                            ) : (
                              productName
                            ),
                        },
                      ]
                    : []),
                  {
                    term: t("supplier"),
                    detail: supplierListed ? (
                      <Link href={supplierHref(thread.enterprise.slug)} className="text-brand-800 underline">
                        {supplierName}
                      </Link>
                    ) : (
                      supplierName
                    ),
                  },
                  { term: t("buyer"), detail: thread.buyer.city ? `${thread.buyer.name}, ${thread.buyer.city}` : thread.buyer.name },
                  { term: t("started"), detail: formatDate(thread.createdAt, locale) },
                ]}
              />
            </Card>
            {open ? (
              <div className="space-y-2">
                <p className="text-sm text-muted">{side === "STAFF" ? t("closeHintStaff") : t("closeHint")}</p>
                <CloseInquiryButton action={closeAction} inquiryId={thread.id} />
              </div>
            ) : null}
            <p>
              <Link href={backHref} className="font-semibold text-brand-800 underline">
                {t("back")}
              </Link>
            </p>
          </aside>
        </div>
      </PageBody>
    </>
  );
}
