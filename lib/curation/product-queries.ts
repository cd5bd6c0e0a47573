// Reads of the product side of the curation queue and the product review page, each with a
// fixed select. The queue filters are the enterprise queue's (lib/curation/queries.ts).
import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { type Paginated, pageCountOf, pageWindow } from "@/lib/pagination";
import type { QueueSearch } from "@/lib/queue-search/search";
import { enterpriseTextWhere, periodWhere } from "@/lib/queue-search/where";
import { type CurationHistory, curationHistoryOf, type QueueFilter, queuePageSize, queueWhere, statusesOf } from "./queries";

const productQueueSelect = {
  id: true,
  nameId: true,
  nameEn: true,
  status: true,
  updatedAt: true,
  enterprise: { select: { id: true, legalName: true, brandName: true, status: true } },
  kbli: { select: { code: true, nameId: true, nameEn: true } },
} satisfies Prisma.ProductSelect;

export type ProductQueueItem = Prisma.ProductGetPayload<{ select: typeof productQueueSelect }> & {
  /** Whether the newest comment on the product is the SME's (an answer staff has not yet replied to). */
  answeredBySme: boolean;
};

/** Which products a filter of the queue lists (the staff desk counts "open" with it too). */
export function productQueueWhere(filter: QueueFilter): Prisma.ProductWhereInput {
  return { status: { in: statusesOf[filter] } };
}

/**
 * The filter's products narrowed by the staff's search: the text matches the product's name or
 * its enterprise (name, NIB, email), kecamatan is the enterprise's, the KBLI division the product's.
 */
export function searchedProductQueueWhere(filter: QueueFilter, search: QueueSearch): Prisma.ProductWhereInput {
  const parts: Prisma.ProductWhereInput[] = [productQueueWhere(filter)];
  if (search.q) parts.push({ OR: [{ nameId: { contains: search.q, mode: "insensitive" } }, { nameEn: { contains: search.q, mode: "insensitive" } }, { enterprise: enterpriseTextWhere(search.q) }] });
  if (search.kecamatan) parts.push({ enterprise: { kecamatanCode: search.kecamatan } });
  if (search.kbli) parts.push({ kbli: { code: { startsWith: search.kbli } } });
  const period = periodWhere(search);
  if (period) parts.push({ updatedAt: period });
  return { AND: parts };
}

/** Products in the queue: waiting ones first, oldest first, like the enterprise queue. */
export async function listProductQueue(filter: QueueFilter, page: number, search?: QueueSearch): Promise<Paginated<ProductQueueItem>> {
  const where = search ? searchedProductQueueWhere(filter, search) : productQueueWhere(filter);
  const [total, rows] = await Promise.all([
    db.product.count({ where }),
    db.product.findMany({
      where,
      select: productQueueSelect,
      orderBy: search?.sort === "baru" ? [{ updatedAt: "desc" }, { id: "desc" }] : [{ status: "asc" }, { updatedAt: "asc" }, { id: "asc" }],
      ...pageWindow(page, queuePageSize),
    }),
  ]);
  const latest = await db.curationComment.findMany({
    where: { productId: { in: rows.map((row) => row.id) } },
    orderBy: [{ productId: "asc" }, { createdAt: "desc" }],
    distinct: ["productId"],
    select: { productId: true, fromStaff: true },
  });
  const answered = new Set(latest.filter((comment) => !comment.fromStaff).map((comment) => comment.productId));
  return {
    items: rows.map((row) => ({ ...row, answeredBySme: answered.has(row.id) })),
    total,
    page,
    pageSize: queuePageSize,
    pageCount: pageCountOf(total, queuePageSize),
  };
}

/** How many enterprises and products wait for staff (submitted or awaiting the SME's revision). */
export async function countOpenCuration(): Promise<{ enterprises: number; products: number }> {
  const [enterprises, products] = await Promise.all([
    db.enterprise.count({ where: queueWhere("open") }),
    db.product.count({ where: productQueueWhere("open") }),
  ]);
  return { enterprises, products };
}

const productReviewSelect = {
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
  publishedAt: true,
  updatedAt: true,
  version: true,
  kbli: { select: { code: true, nameId: true, nameEn: true } },
  enterprise: { select: { id: true, legalName: true, brandName: true, status: true, verifiedAt: true } },
  photos: { select: { id: true, width: true, height: true }, orderBy: [{ sortOrder: "asc" }, { createdAt: "asc" }], take: 12 },
  certificates: {
    select: { certificate: { select: { id: true, type: true, name: true, number: true, expiresAt: true, verifiedAt: true } } },
    take: 50,
  },
} satisfies Prisma.ProductSelect;

export type ProductForCuration = Prisma.ProductGetPayload<{ select: typeof productReviewSelect }>;

export async function getProductForCuration(id: string): Promise<ProductForCuration | null> {
  return db.product.findUnique({ where: { id }, select: productReviewSelect });
}

/** Reviews (newest first) and the comment thread (oldest first) of a product. */
export async function getProductCurationHistory(productId: string): Promise<CurationHistory> {
  return curationHistoryOf({ productId });
}
