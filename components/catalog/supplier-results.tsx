import Link from "next/link";
import { useTranslations } from "next-intl";
import { VerifiedBadge } from "@/components/curation/verified-badge";
import { sentraHref } from "@/lib/catalog/filters";
import { supplierHref } from "@/lib/catalog/paths";
import type { SupplierResult } from "@/lib/catalog/search-suppliers";

/** Suppliers matching the search, above the products, with a link to all of them in the directory. */
export function SupplierResults({ suppliers, q }: { suppliers: SupplierResult[]; q: string }) {
  const t = useTranslations("CatalogSearch");
  if (suppliers.length === 0) return null;
  return (
    <section aria-labelledby="supplier-results-heading" className="mb-8">
      <h2 id="supplier-results-heading" className="mb-3 text-lg font-bold text-brand-900">
        {t("suppliersHeading", { q })}
      </h2>
      <SupplierList suppliers={suppliers} label={t("suppliersList")} />
      <p className="mt-3">
        <Link href={`/katalog/pemasok?q=${encodeURIComponent(q)}`} className="inline-flex min-h-11 items-center font-semibold text-brand-700 underline">
          {t("directory.allMatching", { q })}
        </Link>
      </p>
    </section>
  );
}

/** Supplier cards: the name linking to the supplier's page, its kecamatan and sentra, the verified badge. */
export function SupplierList({ suppliers, label }: { suppliers: SupplierResult[]; label: string }) {
  const t = useTranslations("CatalogSearch");
  return (
    <ul aria-label={label} className="grid gap-3 sm:grid-cols-2 xl:grid-cols-3">
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
  );
}
