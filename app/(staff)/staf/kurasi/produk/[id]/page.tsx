import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { CommentThread } from "@/components/curation/comment-thread";
import { ProductCertificates, ProductFacts } from "@/components/curation/product-facts";
import { ProductPhotos } from "@/components/curation/product-photos";
import { ReviewForm } from "@/components/curation/review-form";
import { ReviewHistory } from "@/components/curation/review-history";
import { VerifiedBadge } from "@/components/curation/verified-badge";
import { PageBody, PageHeader } from "@/components/layout/page-header";
import { CurationStatusBadge } from "@/components/status/curation-status-badge";
import { Card } from "@/components/ui/card";
import { requireRoute } from "@/lib/auth/session";
import { reviewableStatuses } from "@/lib/curation/mutations";
import { getProductCurationHistory, getProductForCuration } from "@/lib/curation/product-queries";
import { isRecordId } from "@/lib/http/record-id";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("ProductCuration.detail");
  return { title: t("metaTitle") };
}

const headingClass = "mb-4 text-xl font-bold text-brand-900";

export default async function ProductCurationPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  await requireRoute("/staf/kurasi/produk/[id]", `/staf/kurasi/produk/${id}`);
  if (!isRecordId(id)) notFound();
  const product = await getProductForCuration(id);
  if (!product) notFound();
  const [t, tQueue, locale, history] = await Promise.all([
    getTranslations("ProductCuration.detail"),
    getTranslations("CurationQueue.detail"),
    getLocale(),
    getProductCurationHistory(id),
  ]);
  const name = locale === "en" ? (product.nameEn ?? product.nameId) : product.nameId;
  const enterprise = product.enterprise;
  const enterpriseName = enterprise.brandName ?? enterprise.legalName;

  return (
    <>
      <PageHeader title={name} lead={t("lead")}>
        <div className="flex flex-wrap items-center gap-2">
          <CurationStatusBadge status={product.status} />
          <VerifiedBadge status={product.status} verifiedAt={product.verifiedAt} subject="product" />
          {product.curationGrade ? <span className="font-semibold text-brand-900">{tQueue("grade", { grade: product.curationGrade })}</span> : null}
        </div>
        <p className="mt-4">
          <Link href="/staf/kurasi?jenis=produk" className="font-semibold text-brand-800 underline">
            {t("back")}
          </Link>
        </p>
      </PageHeader>
      <PageBody>
        <div className="grid gap-8 lg:grid-cols-[3fr_2fr]">
          <div className="space-y-8">
            <Card as="section" aria-labelledby="enterprise-heading">
              <h2 id="enterprise-heading" className={headingClass}>
                {t("enterpriseHeading")}
              </h2>
              <p className="flex flex-wrap items-center gap-2">
                <span className="font-semibold">{enterpriseName}</span>
                <span className="sr-only">{t("enterpriseStatus")}:</span>
                <CurationStatusBadge status={enterprise.status} />
              </p>
              {enterprise.status !== "PUBLISHED" ? (
                <p className="mt-3 rounded-md border-l-4 border-amber-500 bg-amber-50 p-3 text-sm text-amber-950">{t("enterpriseNotPublished")}</p>
              ) : null}
              <p className="mt-3">
                <Link href={`/staf/kurasi/ikm/${enterprise.id}`} className="font-semibold text-brand-800 underline">
                  {t("openEnterprise", { enterprise: enterpriseName })}
                </Link>
              </p>
            </Card>
            <Card as="section" aria-labelledby="facts-heading">
              <h2 id="facts-heading" className={headingClass}>
                {t("factsHeading")}
              </h2>
              <ProductFacts product={product} locale={locale} />
            </Card>
            <section aria-labelledby="photos-heading">
              <h2 id="photos-heading" className={headingClass}>
                {t("photosHeading")}
              </h2>
              <ProductPhotos photos={product.photos} productName={name} />
            </section>
            <section aria-labelledby="certificates-heading">
              <h2 id="certificates-heading" className={headingClass}>
                {t("certificatesHeading")}
              </h2>
              {product.certificates.length > 0 ? (
                <ProductCertificates product={product} caption={t("certificatesCaption")} locale={locale} />
              ) : (
                <p className="text-muted">{t("noCertificates")}</p>
              )}
            </section>
            <section aria-labelledby="history-heading">
              <h2 id="history-heading" className={headingClass}>
                {t("historyHeading")}
              </h2>
              <ReviewHistory reviews={history.reviews} locale={locale} />
            </section>
            <section aria-labelledby="thread-heading">
              <h2 id="thread-heading" className={headingClass}>
                {t("threadHeading")}
              </h2>
              <CommentThread thread={history.thread} locale={locale} enterpriseName={enterpriseName} />
            </section>
          </div>
          <Card as="section" aria-labelledby="review-heading" className="self-start">
            <h2 id="review-heading" className={headingClass}>
              {t("reviewHeading")}
            </h2>
            {reviewableStatuses.includes(product.status) ? <ReviewForm kind="product" id={product.id} version={product.version} /> : <p className="text-muted">{t("notReviewable")}</p>}
          </Card>
        </div>
      </PageBody>
    </>
  );
}
