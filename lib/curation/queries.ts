import "server-only";
import { db } from "@/lib/db";
import type { CurationStatus, Prisma } from "@/lib/generated/prisma/client";
import { type Paginated, pageCountOf, pageWindow } from "@/lib/pagination";
import type { QueueSearch } from "@/lib/queue-search/search";
import { enterpriseSearchWhere, periodWhere } from "@/lib/queue-search/where";

export const queueFilters = ["open", "SUBMITTED", "REVISION_REQUESTED", "PUBLISHED", "REJECTED"] as const;
export type QueueFilter = (typeof queueFilters)[number];

export const statusesOf: Record<QueueFilter, CurationStatus[]> = {
  open: ["SUBMITTED", "REVISION_REQUESTED"],
  SUBMITTED: ["SUBMITTED"],
  REVISION_REQUESTED: ["REVISION_REQUESTED"],
  PUBLISHED: ["PUBLISHED"],
  REJECTED: ["REJECTED"],
};

const queueSelect = {
  id: true,
  legalName: true,
  brandName: true,
  status: true,
  updatedAt: true,
  kecamatan: { select: { name: true } },
  primaryKbli: { select: { code: true, nameId: true, nameEn: true } },
  pendingChange: { select: { id: true } },
} satisfies Prisma.EnterpriseSelect;

export type QueueItem = Omit<Prisma.EnterpriseGetPayload<{ select: typeof queueSelect }>, "pendingChange"> & {
  /** Whether the newest comment in the thread is the SME's (an answer staff has not yet replied to). */
  answeredBySme: boolean;
  /** A published enterprise whose edits wait for staff (lib/enterprises/pending-changes.ts). */
  hasPendingChange: boolean;
};

/** Which enterprises a filter lists: "open" and "PUBLISHED" also hold published ones with changes waiting. */
export function queueWhere(filter: QueueFilter): Prisma.EnterpriseWhereInput {
  const byStatus: Prisma.EnterpriseWhereInput = { status: { in: statusesOf[filter] } };
  return filter === "open" ? { OR: [byStatus, { status: "PUBLISHED", pendingChange: { isNot: null } }] } : byStatus;
}

/** The filter's enterprises narrowed by the staff's search (lib/queue-search/search.ts). */
export function searchedQueueWhere(filter: QueueFilter, search: QueueSearch): Prisma.EnterpriseWhereInput {
  const parts = [queueWhere(filter)];
  const enterprise = enterpriseSearchWhere(search);
  if (enterprise) parts.push(enterprise);
  const period = periodWhere(search);
  if (period) parts.push({ updatedAt: period });
  return { AND: parts };
}

export const queuePageSize = 20;

/**
 * The curation queue: waiting profiles first (oldest first, so none waits forever), then
 * those waiting for the SME's revision. Postgres sorts an enum by its declared order, which
 * puts SUBMITTED before REVISION_REQUESTED.
 */
export async function listCurationQueue(filter: QueueFilter, page: number, search?: QueueSearch): Promise<Paginated<QueueItem>> {
  const where = search ? searchedQueueWhere(filter, search) : queueWhere(filter);
  const [total, rows] = await Promise.all([
    db.enterprise.count({ where }),
    db.enterprise.findMany({
      where,
      select: queueSelect,
      orderBy: search?.sort === "baru" ? [{ updatedAt: "desc" }, { id: "desc" }] : [{ status: "asc" }, { updatedAt: "asc" }, { id: "asc" }],
      ...pageWindow(page, queuePageSize),
    }),
  ]);
  const latest = await db.curationComment.findMany({
    where: { enterpriseId: { in: rows.map((row) => row.id) } },
    orderBy: [{ enterpriseId: "asc" }, { createdAt: "desc" }],
    distinct: ["enterpriseId"],
    select: { enterpriseId: true, fromStaff: true },
  });
  const answered = new Set(latest.filter((comment) => !comment.fromStaff).map((comment) => comment.enterpriseId));
  return {
    items: rows.map(({ pendingChange, ...row }) => ({ ...row, answeredBySme: answered.has(row.id), hasPendingChange: pendingChange !== null })),
    total,
    page,
    pageSize: queuePageSize,
    pageCount: pageCountOf(total, queuePageSize),
  };
}

const profileSelect = {
  id: true,
  slug: true,
  legalName: true,
  brandName: true,
  legalForm: true,
  nib: true,
  npwp: true,
  scale: true,
  capitalRupiah: true,
  annualSalesRupiah: true,
  workforce: true,
  address: true,
  monthlyCapacity: true,
  installedCapacity: true,
  capacityUnit: true,
  status: true,
  curationGrade: true,
  verifiedAt: true,
  updatedAt: true,
  version: true,
  kecamatan: { select: { name: true } },
  kelurahan: { select: { name: true } },
  primaryKbli: { select: { code: true, nameId: true, nameEn: true } },
  certificates: {
    select: { id: true, type: true, name: true, number: true, expiresAt: true, verifiedAt: true },
    orderBy: [{ expiresAt: { sort: "asc", nulls: "last" } }, { type: "asc" }],
    take: 50,
  },
  _count: { select: { products: true } },
} satisfies Prisma.EnterpriseSelect;

export type CurationProfile = Prisma.EnterpriseGetPayload<{ select: typeof profileSelect }>;

export async function getEnterpriseForCuration(id: string): Promise<CurationProfile | null> {
  return db.enterprise.findUnique({ where: { id }, select: profileSelect });
}

export type ThreadEntry = { id: string; fromStaff: boolean; authorName: string | null; body: string; createdAt: Date };
export type ReviewEntry = {
  id: string;
  legality: number;
  qualityCapacity: number;
  marketReach: number;
  competitiveAdvantage: number;
  total: number;
  grade: "A" | "B" | "C";
  decision: "PUBLISH" | "REQUEST_REVISION" | "REJECT";
  reviewerName: string | null;
  createdAt: Date;
};

const historyLimit = 50;

export type CurationHistory = { reviews: ReviewEntry[]; thread: ThreadEntry[] };

/** Reviews (newest first) and the comment thread (oldest first) of an enterprise, with author names. */
export async function getCurationHistory(enterpriseId: string): Promise<CurationHistory> {
  return curationHistoryOf({ enterpriseId });
}

/** The same for one enterprise or one product: the subject is the only filter. */
export async function curationHistoryOf(subject: { enterpriseId: string } | { productId: string }): Promise<CurationHistory> {
  const [reviews, comments] = await Promise.all([
    db.curationReview.findMany({
      where: subject,
      orderBy: { createdAt: "desc" },
      take: historyLimit,
      select: {
        id: true,
        legality: true,
        qualityCapacity: true,
        marketReach: true,
        competitiveAdvantage: true,
        total: true,
        grade: true,
        decision: true,
        reviewerId: true,
        createdAt: true,
      },
    }),
    db.curationComment.findMany({
      where: subject,
      orderBy: { createdAt: "desc" },
      take: historyLimit,
      select: { id: true, fromStaff: true, authorId: true, body: true, createdAt: true },
    }),
  ]);
  const authorIds = new Set<string>();
  for (const review of reviews) if (review.reviewerId) authorIds.add(review.reviewerId);
  for (const comment of comments) if (comment.authorId) authorIds.add(comment.authorId);
  const users = await db.user.findMany({ where: { id: { in: [...authorIds] } }, select: { id: true, name: true } });
  const names = new Map(users.map((user) => [user.id, user.name]));
  const nameOf = (id: string | null) => (id ? (names.get(id) ?? null) : null);
  return {
    reviews: reviews.map(({ reviewerId, ...review }) => ({ ...review, reviewerName: nameOf(reviewerId) })),
    thread: comments.reverse().map(({ authorId, ...comment }) => ({ ...comment, authorName: nameOf(authorId) })),
  };
}

const ownSelect = {
  id: true,
  legalName: true,
  brandName: true,
  status: true,
  curationGrade: true,
  verifiedAt: true,
} satisfies Prisma.EnterpriseSelect;

export type OwnCurationStatus = Prisma.EnterpriseGetPayload<{ select: typeof ownSelect }>;

/** The SME's own enterprise: by owner, so nobody reads another enterprise's thread here. */
export async function getOwnCurationStatus(userId: string): Promise<OwnCurationStatus | null> {
  return db.enterprise.findFirst({ where: { ownerId: userId }, select: ownSelect });
}
