import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { clampPageSize, type Paginated, pageCountOf, pageWindow } from "@/lib/pagination";

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

/** Longest search term used; longer input is cut rather than rejected. */
export const maxQueryLength = 100;

export function normaliseQuery(q: string | undefined): string {
  return (q ?? "").trim().replace(/\s+/g, " ").slice(0, maxQueryLength);
}

/**
 * Published products of published enterprises, newest first, optionally filtered by a
 * case-insensitive match on the product's names and Indonesian description.
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
    status: "PUBLISHED",
    enterprise: { status: "PUBLISHED" },
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
