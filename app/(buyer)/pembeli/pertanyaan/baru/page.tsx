import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { StartInquiryForm } from "@/components/inquiries/inquiry-forms";
import { PageBody, PageHeader } from "@/components/layout/page-header";
import { ButtonLink } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { requireRoute } from "@/lib/auth/session";
import { productHref, supplierHref } from "@/lib/catalog/paths";
import { startInquiryAction } from "@/lib/inquiries/actions";
import { getInquiryTarget } from "@/lib/inquiries/queries";
import { inquiryLimits } from "@/lib/inquiries/schemas";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Inquiries.new");
  return { title: t("metaTitle") };
}

type PageProps = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

export default async function NewInquiryPage({ searchParams }: PageProps) {
  const query = await searchParams;
  const productSlug = first(query.produk);
  const supplierSlug = first(query.pemasok);
  const search = productSlug ? `?produk=${encodeURIComponent(productSlug)}` : supplierSlug ? `?pemasok=${encodeURIComponent(supplierSlug)}` : "";
  const user = await requireRoute("/pembeli/pertanyaan/baru", `/pembeli/pertanyaan/baru${search}`);
  const [t, tInquiries, locale] = await Promise.all([getTranslations("Inquiries.new"), getTranslations("Inquiries"), getLocale()]);

  if (!user.buyerOrganizationId) {
    return (
      <>
        <PageHeader title={t("heading")} />
        <PageBody>
          <EmptyState title={t("heading")} text={tInquiries("errors.noOrganization")} />
        </PageBody>
      </>
    );
  }

  if (!productSlug && !supplierSlug) {
    return (
      <>
        <PageHeader title={t("heading")} lead={t("chooseLead")} />
        <PageBody>
          <EmptyState title={t("chooseTitle")} text={t("chooseText")} action={<ButtonLink href="/katalog">{t("browse")}</ButtonLink>} />
        </PageBody>
      </>
    );
  }

  const target = productSlug ? await getInquiryTarget("product", productSlug) : await getInquiryTarget("supplier", supplierSlug ?? "");
  if (!target) notFound();
  const productName = target.kind === "product" ? (locale === "en" ? (target.nameEn ?? target.nameId) : target.nameId) : null;
  const about = productName ? t("aboutProduct", { product: productName, supplier: target.supplierName }) : t("aboutSupplier", { supplier: target.supplierName });
  const backHref = target.kind === "product" ? productHref(target.slug) : supplierHref(target.slug);

  return (
    <>
      <PageHeader title={t("heading")} lead={t("lead", { about })} />
      <PageBody>
        <div className="max-w-3xl space-y-6">
          <StartInquiryForm
            action={startInquiryAction}
            target={target.kind}
            slug={target.slug}
            defaultSubject={productName ? t("defaultSubject", { product: productName }).slice(0, inquiryLimits.subjectMax) : ""}
          />
          <p className="text-sm text-muted">{t("privacyNote")}</p>
          <p>
            <Link href={backHref} className="font-semibold text-brand-800 underline">
              {t("back")}
            </Link>
          </p>
        </div>
      </PageBody>
    </>
  );
}
