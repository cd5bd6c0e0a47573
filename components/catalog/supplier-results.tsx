import Link from "next/link";
import { useTranslations } from "next-intl";
import { VerifiedBadge } from "@/components/curation/verified-badge";
import { sentraHref } from "@/lib/catalog/filters";
import { supplierHref } from "@/lib/catalog/paths";
import type { SupplierResult } from "@/lib/catalog/search-suppliers";

/** Suppliers matching the search, above the products: each links to its page and its sentra. */
export function SupplierResults({ suppliers, q }: { suppliers: SupplierResult[]; q: string }) {
  const t = useTranslations("CatalogSearch");
  if (suppliers.length === 0) return null;
  return (
    <section aria-labelledby="supplier-results-heading" className="mb-8">
      <h2 id="supplier-results-heading" className="mb-3 text-lg font-bold text-brand-900">
        {t("suppliersHeading", { q })}
      </h2>
      <ul aria-label={t("suppliersList")} className="grid gap-3 sm:grid-cols-2 xl:grid-cols-3">
        {suppliers.map((supplier) => (
          <li key={supplier.id} className="flex flex-col gap-1 rounded-lg border border-line bg-white p-4">
            <Link href={supplierHref(supplier.slug)} className="font-semibold text-brand-700 underline">
              {supplier.brandName ?? supplier.legalName}
            </Link>
            <span className="text-sm text-muted">{t("sentra.kecamatan", { name: supplier.kecamatan.name })}</span>
            {supplier.sentra ? (
              <Link href={sentraHref(supplier.sentra.slug)} className="text-sm text-brand-700 underline">
                {t("sentraLink", { name: supplier.sentra.name })}
              </Link>
            ) : null}
            <span>
              <VerifiedBadge status={supplier.status} verifiedAt={supplier.verifiedAt} />
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
