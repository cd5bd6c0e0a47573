// Reads of a buyer organisation's shortlist, always inside that organisation. Fixed selects;
// the list is paginated. Items whose product or supplier left the catalog stay listed (marked
// unavailable) so the buyer sees what happened and can remove them.
import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { clampPageSize, type Paginated, pageCountOf, pageWindow } from "@/lib/pagination";

export const shortlistPageSize = 20;

const enterpriseSelect = { slug: true, legalName: true, brandName: true, status: true, kecamatan: { select: { name: true } } } as const;

const shortlistSelect = {
  id: true,
  createdAt: true,
  product: {
    select: {
      slug: true,
      nameId: true,
      nameEn: true,
      status: true,
      unit: true,
      priceMinRupiah: true,
      priceMaxRupiah: true,
      enterprise: { select: enterpriseSelect },
    },
  },
  enterprise: { select: enterpriseSelect },
} satisfies Prisma.ShortlistItemSelect;

type Row = Prisma.ShortlistItemGetPayload<{ select: typeof shortlistSelect }>;

interface EntryBase {
  id: string;
  createdAt: Date;
  slug: string;
  supplierName: string;
  kecamatan: string;
  /** Still in the public catalog (published, and for a product its enterprise too). */
  available: boolean;
}

export type ShortlistEntry =
  | (EntryBase & {
      kind: "product";
      nameId: string;
      nameEn: string | null;
      supplierSlug: string;
      unit: string;
      priceMinRupiah: bigint | null;
      priceMaxRupiah: bigint | null;
    })
  | (EntryBase & { kind: "supplier"; legalName: string });

function entryOf(row: Row): ShortlistEntry | null {
  if (row.product) {
    const { product } = row;
    return {
      id: row.id,
      kind: "product",
      createdAt: row.createdAt,
      slug: product.slug,
      nameId: product.nameId,
      nameEn: product.nameEn,
      supplierName: product.enterprise.brandName ?? product.enterprise.legalName,
      supplierSlug: product.enterprise.slug,
      kecamatan: product.enterprise.kecamatan.name,
      unit: product.unit,
      priceMinRupiah: product.priceMinRupiah,
      priceMaxRupiah: product.priceMaxRupiah,
      available: product.status === "PUBLISHED" && product.enterprise.status === "PUBLISHED",
    };
  }
  if (row.enterprise) {
    const { enterprise } = row;
    return {
      id: row.id,
      kind: "supplier",
      createdAt: row.createdAt,
      slug: enterprise.slug,
      supplierName: enterprise.brandName ?? enterprise.legalName,
      legalName: enterprise.legalName,
      kecamatan: enterprise.kecamatan.name,
      available: enterprise.status === "PUBLISHED",
    };
  }
  return null;
}

export type ShortlistFilter = "all" | "product" | "supplier";

export function parseShortlistFilter(value: string | string[] | undefined): ShortlistFilter {
  const raw = Array.isArray(value) ? value[0] : value;
  return raw === "produk" ? "product" : raw === "pemasok" ? "supplier" : "all";
}

/** The organisation's saved products and suppliers, newest first. */
export async function listShortlist(
  buyerId: string,
  { page, filter = "all", pageSize }: { page: number; filter?: ShortlistFilter; pageSize?: number },
): Promise<Paginated<ShortlistEntry>> {
  const size = clampPageSize(pageSize, shortlistPageSize);
  const where: Prisma.ShortlistItemWhereInput = {
    buyerId,
    ...(filter === "product" ? { productId: { not: null } } : filter === "supplier" ? { enterpriseId: { not: null } } : {}),
  };
  const [rows, total] = await Promise.all([
    db.shortlistItem.findMany({ where, select: shortlistSelect, orderBy: [{ createdAt: "desc" }, { id: "desc" }], ...pageWindow(page, size) }),
    db.shortlistItem.count({ where }),
  ]);
  const items = rows.map(entryOf).filter((entry): entry is ShortlistEntry => entry !== null);
  return { items, total, page, pageSize: size, pageCount: pageCountOf(total, size) };
}

/** Whether the organisation has saved this product or supplier (by id). */
export async function isShortlisted(buyerId: string, target: { productId: string } | { enterpriseId: string }): Promise<boolean> {
  const found = await db.shortlistItem.findFirst({ where: { buyerId, ...target }, select: { id: true } });
  return found !== null;
}
