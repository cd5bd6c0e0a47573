import "server-only";
import { cache } from "react";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { clampPageSize, type Paginated, pageCountOf, pageWindow } from "@/lib/pagination";
import { normaliseQuery } from "./filters";
import { isCatalogSlug } from "./slug";
import { publishedEnterpriseWhere, publishedProductWhere } from "./visibility";

export const catalogProductSelect = {
  id: true,
  slug: true,
  nameId: true,
  nameEn: true,
  descriptionId: true,
  descriptionEn: true,
  priceMinRupiah: true,
  priceMaxRupiah: true,
  unit: true,
  minOrder: true,
  exportReady: true,
  status: true,
  verifiedAt: true,
  photos: { take: 1, orderBy: { sortOrder: "asc" }, select: { id: true } },
  enterprise: {
    select: {
      slug: true,
      legalName: true,
      brandName: true,
      kecamatan: { select: { name: true } },
    },
  },
} satisfies Prisma.ProductSelect;

export type CatalogProduct = Prisma.ProductGetPayload<{ select: typeof catalogProductSelect }>;

/**
 * Published products of published enterprises, newest first, optionally filtered by a
 * case-insensitive substring match on the product's names and Indonesian description. The
 * public catalog page searches with lib/catalog/search.ts (full text, typos, filters).
 */
export async function listPublishedProducts({
  q,
  page,
  pageSize,
}: {
  q?: string;
  page: number;
  pageSize?: number;
}): Promise<Paginated<CatalogProduct> & { q: string }> {
  const query = normaliseQuery(q);
  const size = clampPageSize(pageSize, 12);
  const where: Prisma.ProductWhereInput = {
    ...publishedProductWhere,
    ...(query
      ? {
          OR: [
            { nameId: { contains: query, mode: "insensitive" } },
            { nameEn: { contains: query, mode: "insensitive" } },
            { descriptionId: { contains: query, mode: "insensitive" } },
          ],
        }
      : {}),
  };
  const [items, total] = await Promise.all([
    db.product.findMany({
      where,
      orderBy: [{ publishedAt: { sort: "desc", nulls: "last" } }, { id: "asc" }],
      ...pageWindow(page, size),
      select: catalogProductSelect,
    }),
    db.product.count({ where }),
  ]);
  return { items, total, page, pageSize: size, pageCount: pageCountOf(total, size), q: query };
}

// ---------------------------------------------------------------- sentra pages

const sentraPageSelect = {
  id: true,
  slug: true,
  name: true,
  description: true,
  kecamatan: { select: { code: true, name: true } },
  kbli: { select: { code: true, nameId: true, nameEn: true } },
} satisfies Prisma.SentraSelect;

export type SentraPage = Prisma.SentraGetPayload<{ select: typeof sentraPageSelect }>;

/** A sentra for its public page, or null. Sentra are reference data, public as they are. Cached per request. */
export const getSentra = cache(async (slug: string): Promise<SentraPage | null> => {
  if (!isCatalogSlug(slug)) return null;
  return db.sentra.findUnique({ where: { slug }, select: sentraPageSelect });
});

/** The published suppliers of a sentra, by name, each with its number of public products. */
export async function listSentraSuppliers(sentraId: string) {
  const suppliers = await db.enterprise.findMany({
    where: { sentraId, ...publishedEnterpriseWhere },
    orderBy: [{ brandName: "asc" }, { legalName: "asc" }],
    take: 100,
    select: {
      id: true,
      slug: true,
      legalName: true,
      brandName: true,
      verifiedAt: true,
      status: true,
      _count: { select: { products: { where: { status: "PUBLISHED" } } } },
    },
  });
  return suppliers.map(({ _count, ...supplier }) => ({ ...supplier, productCount: _count.products }));
}
