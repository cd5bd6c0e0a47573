import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { PageBody, PageHeader } from "@/components/layout/page-header";
import { certificateChoices, kbliChoices, productFormValues } from "@/components/products/form-options";
import { ProductForm } from "@/components/products/product-form";
import { ProductPhotos } from "@/components/products/product-photos";
import { ProductStatusPanel } from "@/components/products/status-panel";
import { DeleteProductButton } from "@/components/products/status-forms";
import { Card } from "@/components/ui/card";
import { requireRoute } from "@/lib/auth/session";
import { isRecordId } from "@/lib/http/record-id";
import { isEditable } from "@/lib/products/mutations";
import { getOwnProduct, listCertificatesForLinking, listOwnKbliOptions } from "@/lib/products/queries";

type PageProps = {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Products");
  return { title: t("metaTitle") };
}

export default async function SmeProductPage({ params, searchParams }: PageProps) {
  const { id } = await params;
  const user = await requireRoute("/ikm/produk/[id]", `/ikm/produk/${id}`);
  if (!isRecordId(id) || !user.enterpriseId) notFound();
  // Limited to the session's enterprise: another SME's product is a 404, never a read.
  const product = await getOwnProduct(user.enterpriseId, id);
  if (!product) notFound();

  const [t, tTypes, locale, query, kbli, certificates] = await Promise.all([
    getTranslations("Products"),
    getTranslations("Enums.certificateType"),
    getLocale(),
    searchParams,
    listOwnKbliOptions(user.enterpriseId),
    listCertificatesForLinking(user.enterpriseId),
  ]);
  const editable = isEditable(product.status);
  const published = product.status === "PUBLISHED";
  const enterpriseName = product.enterprise.brandName ?? product.enterprise.legalName;

  return (
    <>
      <PageHeader title={product.nameId} lead={product.nameEn ?? undefined} />
      <PageBody>
        <div className="space-y-8">
          <p>
            <Link href="/ikm/produk" className="font-semibold text-brand-800 underline">
              {t("detail.back")}
            </Link>
            {/* Back to the SME home's checklist toward publication, the way this product form was reached. */}
            <Link href="/ikm#langkah-terbit" className="ml-4 font-semibold text-brand-800 underline">
              {t("detail.backToChecklist")}
            </Link>
          </p>
          {query.baru === "1" && product.status === "DRAFT" ? (
            <p role="status" className="rounded-md border-l-4 border-green-700 bg-green-50 p-3 font-medium text-green-900">
              {t("detail.createdNotice")}
            </p>
          ) : null}
          <Card as="section" aria-labelledby="product-status-heading">
            <h2 id="product-status-heading" className="mb-4 text-2xl font-bold text-brand-900">
              {t("statusPanel.heading")}
            </h2>
            <ProductStatusPanel
              productId={product.id}
              status={product.status}
              photoCount={product.photos.length}
              thread={product.thread}
              locale={locale}
              enterpriseName={enterpriseName}
            />
          </Card>
          <Card as="section" aria-labelledby="product-photos-heading">
            <h2 id="product-photos-heading" className="mb-4 text-2xl font-bold text-brand-900">
              {t("photos.heading")}
            </h2>
            <ProductPhotos productId={product.id} productName={product.nameId} photos={product.photos} editable={editable} published={published} />
          </Card>
          <Card as="section" aria-labelledby="product-data-heading">
            <h2 id="product-data-heading" className="mb-4 text-2xl font-bold text-brand-900">
              {t("detail.dataHeading")}
            </h2>
            {editable ? (
              <ProductForm
                productId={product.id}
                status={product.status}
                initial={productFormValues(product, kbli.map((option) => option.code))}
                kbliOptions={kbliChoices(kbli, locale)}
                certificates={certificateChoices(certificates, (type) => tTypes(type))}
              />
            ) : (
              <p>{t("detail.readOnlyNotice")}</p>
            )}
          </Card>
          <div className="flex justify-end">
            <DeleteProductButton productId={product.id} name={product.nameId} />
          </div>
        </div>
      </PageBody>
    </>
  );
}
