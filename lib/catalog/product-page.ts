import "server-only";
import { cache } from "react";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { isCatalogSlug } from "./slug";

const productPageSelect = {
  id: true,
  slug: true,
  nameId: true,
  nameEn: true,
  descriptionId: true,
  descriptionEn: true,
  hsCode: true,
  priceMinRupiah: true,
  priceMaxRupiah: true,
  unit: true,
  minOrder: true,
  monthlyCapacity: true,
  leadTimeDays: true,
  exportReady: true,
  status: true,
  curationGrade: true,
  verifiedAt: true,
  kbli: { select: { code: true, nameId: true, nameEn: true } },
  photos: { orderBy: [{ sortOrder: "asc" }, { createdAt: "asc" }], select: { id: true, width: true, height: true } },
  certificates: {
    orderBy: { certificate: { type: "asc" } },
    select: {
      certificate: { select: { id: true, type: true, name: true, number: true, expiresAt: true, verifiedAt: true } },
    },
  },
  enterprise: {
    select: {
      slug: true,
      legalName: true,
      brandName: true,
      status: true,
      verifiedAt: true,
      whatsapp: true,
      kecamatan: { select: { name: true } },
    },
  },
} satisfies Prisma.ProductSelect;

export type ProductPage = Prisma.ProductGetPayload<{ select: typeof productPageSelect }>;

/**
 * A product for its public page: only a PUBLISHED product of a PUBLISHED enterprise, else null
 * (drafts, products under review and products of unpublished enterprises never show).
 * Cached per request so generateMetadata and the page share one query.
 */
export const getPublishedProduct = cache(async (slug: string): Promise<ProductPage | null> => {
  if (!isCatalogSlug(slug)) return null;
  return db.product.findFirst({
    where: { slug, status: "PUBLISHED", enterprise: { status: "PUBLISHED" } },
    select: productPageSelect,
  });
});
