import Link from "next/link";
import { useTranslations } from "next-intl";
import { VerifiedBadge } from "@/components/curation/verified-badge";
import { Card } from "@/components/ui/card";
import { supplierHref } from "@/lib/catalog/paths";
import type { ProductPage } from "@/lib/catalog/product-page";

type SupplierBoxProps = {
  enterprise: ProductPage["enterprise"];
  /** Click-to-chat address with the greeting, or null when the supplier has no usable WhatsApp number. */
  whatsappUrl: string | null;
};

/** Who makes the product, with the way to their page and a direct chat. */
export function SupplierBox({ enterprise, whatsappUrl }: SupplierBoxProps) {
  const t = useTranslations("CatalogPages.supplierBox");
  const name = enterprise.brandName ?? enterprise.legalName;
  return (
    <Card as="section" aria-labelledby="supplier-heading" className="space-y-3">
      <h2 id="supplier-heading" className="text-lg font-bold text-brand-900">
        {t("heading")}
      </h2>
      <div>
        <p className="text-lg font-semibold text-ink">{name}</p>
        {enterprise.brandName && enterprise.brandName !== enterprise.legalName ? (
          <p className="text-sm text-muted">{enterprise.legalName}</p>
        ) : null}
        <p className="text-sm text-muted">{t("kecamatan", { name: enterprise.kecamatan.name })}</p>
      </div>
      <VerifiedBadge status={enterprise.status} verifiedAt={enterprise.verifiedAt} />
      <div className="flex flex-col gap-2">
        <Link
          href={supplierHref(enterprise.slug)}
          className="inline-flex min-h-11 items-center font-semibold text-brand-700 underline"
        >
          {t("profileLink", { name })}
        </Link>
        {whatsappUrl ? (
          <a
            href={whatsappUrl}
            rel="noopener noreferrer"
            target="_blank"
            className="inline-flex min-h-11 items-center justify-center gap-2 rounded-md bg-green-700 px-4 py-2 font-semibold text-white hover:bg-green-800"
          >
            {t("whatsapp")}
            <span className="sr-only">{t("newTab")}</span>
          </a>
        ) : null}
      </div>
    </Card>
  );
}
