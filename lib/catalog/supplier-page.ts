import "server-only";
import { cache } from "react";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { clampPageSize, type Paginated, pageCountOf, pageWindow } from "@/lib/pagination";
import { type CatalogProduct, catalogProductSelect } from "./queries";
import { isCatalogSlug } from "./slug";

const kbliSelect = { select: { code: true, nameId: true, nameEn: true } } as const;

const supplierPageSelect = {
  id: true,
  slug: true,
  legalName: true,
  brandName: true,
  description: true,
  scale: true,
  yearFounded: true,
  status: true,
  curationGrade: true,
  verifiedAt: true,
  exportReadinessTier: true,
  kecamatan: { select: { name: true } },
  kelurahan: { select: { name: true } },
  sentra: { select: { name: true } },
  primaryKbli: kbliSelect,
  additionalKbli: { orderBy: { kbli: { code: "asc" } }, select: { kbli: kbliSelect } },
  monthlyCapacity: true,
  installedCapacity: true,
  capacityUnit: true,
  rawMaterials: true,
  salesChannels: true,
  sellsNationally: true,
  exportCountries: true,
  phone: true,
  whatsapp: true,
  email: true,
  website: true,
  instagram: true,
  facebook: true,
  tiktok: true,
  marketplaceUrl: true,
  // Photos added since publication wait for staff (lib/enterprises/pending-changes.ts).
  photos: {
    where: { pendingReview: false },
    orderBy: [{ kind: "asc" }, { sortOrder: "asc" }, { createdAt: "asc" }],
    select: { id: true, kind: true, width: true, height: true },
  },
  certificates: {
    orderBy: [{ type: "asc" }, { number: "asc" }],
    select: { id: true, type: true, name: true, number: true, expiresAt: true, verifiedAt: true },
  },
} satisfies Prisma.EnterpriseSelect;

export type SupplierPage = Prisma.EnterpriseGetPayload<{ select: typeof supplierPageSelect }>;

/** A supplier for its public page: only a PUBLISHED enterprise, else null. Cached per request. */
export const getPublishedSupplier = cache(async (slug: string): Promise<SupplierPage | null> => {
  if (!isCatalogSlug(slug)) return null;
  return db.enterprise.findFirst({ where: { slug, status: "PUBLISHED" }, select: supplierPageSelect });
});

/** The supplier's PUBLISHED products, newest first, a page at a time. */
export async function listSupplierProducts({
  enterpriseId,
  page,
  pageSize,
}: {
  enterpriseId: string;
  page: number;
  pageSize?: number;
}): Promise<Paginated<CatalogProduct>> {
  const size = clampPageSize(pageSize, 12);
  const where: Prisma.ProductWhereInput = { enterpriseId, status: "PUBLISHED", enterprise: { status: "PUBLISHED" } };
  const [items, total] = await Promise.all([
    db.product.findMany({
      where,
      orderBy: [{ publishedAt: { sort: "desc", nulls: "last" } }, { id: "asc" }],
      ...pageWindow(page, size),
      select: catalogProductSelect,
    }),
    db.product.count({ where }),
  ]);
  return { items, total, page, pageSize: size, pageCount: pageCountOf(total, size) };
}
