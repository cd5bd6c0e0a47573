import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { PageBody, PageHeader } from "@/components/layout/page-header";
import { certificateChoices, emptyProductValues, kbliChoices } from "@/components/products/form-options";
import { ProductForm } from "@/components/products/product-form";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { requireRoute } from "@/lib/auth/session";
import { listCertificatesForLinking, listOwnKbliOptions } from "@/lib/products/queries";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Products.new");
  return { title: t("metaTitle") };
}

export default async function NewProductPage() {
  const user = await requireRoute("/ikm/produk/baru");
  const [t, tProducts, tTypes, locale] = await Promise.all([
    getTranslations("Products.new"),
    getTranslations("Products"),
    getTranslations("Enums.certificateType"),
    getLocale(),
  ]);

  if (!user.enterpriseId) {
    return (
      <>
        <PageHeader title={t("heading")} lead={t("lead")} />
        <PageBody>
          <EmptyState title={tProducts("noEnterpriseTitle")} text={tProducts("noEnterpriseText")} />
        </PageBody>
      </>
    );
  }

  const [kbli, certificates] = await Promise.all([listOwnKbliOptions(user.enterpriseId), listCertificatesForLinking(user.enterpriseId)]);
  const options = kbliChoices(kbli, locale);

  return (
    <>
      <PageHeader title={t("heading")} lead={t("lead")} />
      <PageBody>
        <div className="space-y-6">
          <p>
            <Link href="/ikm/produk" className="font-semibold text-brand-800 underline">
              {tProducts("detail.back")}
            </Link>
          </p>
          <Card>
            <ProductForm
              initial={{ ...emptyProductValues, kbliCode: options[0]?.code ?? "" }}
              kbliOptions={options}
              certificates={certificateChoices(certificates, (type) => tTypes(type))}
            />
          </Card>
        </div>
      </PageBody>
    </>
  );
}
