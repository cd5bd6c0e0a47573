// Reads for the SME's product pages, each with a fixed select and always limited to the
// enterprise of the session: another enterprise's product reads as null, like a missing one.
import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { type Paginated, pageCountOf, pageWindow } from "@/lib/pagination";

export const ownProductsPageSize = 12;

const listSelect = {
  id: true,
  nameId: true,
  nameEn: true,
  status: true,
  updatedAt: true,
  photos: { orderBy: [{ sortOrder: "asc" }, { createdAt: "asc" }], take: 1, select: { id: true } },
  _count: { select: { photos: true } },
} satisfies Prisma.ProductSelect;

export type OwnProductListItem = Prisma.ProductGetPayload<{ select: typeof listSelect }>;

export async function listOwnProducts(enterpriseId: string, page: number): Promise<Paginated<OwnProductListItem>> {
  const where = { enterpriseId };
  const [total, items] = await Promise.all([
    db.product.count({ where }),
    db.product.findMany({
      where,
      select: listSelect,
      orderBy: [{ updatedAt: "desc" }, { id: "asc" }],
      ...pageWindow(page, ownProductsPageSize),
    }),
  ]);
  return { items, total, page, pageSize: ownProductsPageSize, pageCount: pageCountOf(total, ownProductsPageSize) };
}

const productSelect = {
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
  publishedAt: true,
  updatedAt: true,
  kbli: { select: { code: true, nameId: true, nameEn: true } },
  enterprise: { select: { legalName: true, brandName: true } },
  photos: {
    orderBy: [{ sortOrder: "asc" }, { createdAt: "asc" }],
    select: { id: true, width: true, height: true },
  },
  certificates: { select: { certificateId: true } },
} satisfies Prisma.ProductSelect;

type ProductRow = Prisma.ProductGetPayload<{ select: typeof productSelect }>;
/**
 * One message of the product's curation conversation: the shape of lib/curation/queries.ts's
 * ThreadEntry, written here so lib/products does not depend on lib/curation (lib/imports uses the
 * product schemas and lib/job-runner works the imports' queue, while lib/curation calls the job
 * runner: that import closed a folder cycle, scripts/folder-cycles.test.ts).
 */
type ThreadEntry = { id: string; fromStaff: boolean; authorName: string | null; body: string; createdAt: Date };
export type OwnProduct = Omit<ProductRow, "certificates"> & { certificateIds: string[]; thread: ThreadEntry[] };

const threadLimit = 50;

/** One of the enterprise's products with its photos, linked certificates and curation conversation. */
export async function getOwnProduct(enterpriseId: string, productId: string): Promise<OwnProduct | null> {
  const row = await db.product.findFirst({ where: { id: productId, enterpriseId }, select: productSelect });
  if (!row) return null;
  const comments = await db.curationComment.findMany({
    where: { productId: row.id },
    orderBy: { createdAt: "desc" },
    take: threadLimit,
    select: { id: true, fromStaff: true, authorId: true, body: true, createdAt: true },
  });
  const authorIds = [...new Set(comments.flatMap((comment) => (comment.authorId ? [comment.authorId] : [])))];
  const users = authorIds.length > 0 ? await db.user.findMany({ where: { id: { in: authorIds } }, select: { id: true, name: true } }) : [];
  const names = new Map(users.map((user) => [user.id, user.name]));
  const { certificates, ...product } = row;
  return {
    ...product,
    certificateIds: certificates.map((link) => link.certificateId),
    thread: comments.reverse().map(({ authorId, ...comment }) => ({ ...comment, authorName: authorId ? (names.get(authorId) ?? null) : null })),
  };
}

/** The enterprise's certificates, for the "covered by" checkboxes. */
export async function listCertificatesForLinking(enterpriseId: string) {
  return db.certificate.findMany({
    where: { enterpriseId },
    orderBy: [{ type: "asc" }, { createdAt: "asc" }],
    select: { id: true, type: true, number: true, name: true, expiresAt: true },
  });
}

export type LinkableCertificate = Awaited<ReturnType<typeof listCertificatesForLinking>>[number];

export type KbliOption = { code: string; nameId: string; nameEn: string | null };

/** The enterprise's own KBLI subclasses (primary first), offered in the product form's select. */
export async function listOwnKbliOptions(enterpriseId: string): Promise<KbliOption[]> {
  const enterprise = await db.enterprise.findUnique({
    where: { id: enterpriseId },
    select: {
      primaryKbli: { select: { code: true, nameId: true, nameEn: true, level: true } },
      additionalKbli: { select: { kbli: { select: { code: true, nameId: true, nameEn: true, level: true } } } },
    },
  });
  if (!enterprise) return [];
  const all = [enterprise.primaryKbli, ...enterprise.additionalKbli.map((link) => link.kbli)];
  const seen = new Set<string>();
  const options: KbliOption[] = [];
  for (const kbli of all) {
    if (!kbli || kbli.level !== "SUBCLASS" || seen.has(kbli.code)) continue;
    seen.add(kbli.code);
    options.push({ code: kbli.code, nameId: kbli.nameId, nameEn: kbli.nameEn });
  }
  return options;
}

/** Whether the product belongs to the enterprise and still takes changes (checked again in the write). */
export async function ownProductStatus(enterpriseId: string, productId: string) {
  const row = await db.product.findFirst({ where: { id: productId, enterpriseId }, select: { status: true } });
  return row?.status ?? null;
}
