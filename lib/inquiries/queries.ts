// Reads of inquiries, always inside the reader's scope (lib/inquiries/scope.ts): another
// party's thread is simply not found. Fixed selects; lists are paginated.
import "server-only";
import { isCatalogSlug } from "@/lib/catalog/slug";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { clampPageSize, type Paginated, pageCountOf, pageWindow } from "@/lib/pagination";
import { followUpAfterDays, type InquiryStatusFilter } from "./schemas";
import { type InquiryParty, inquiryScope } from "./scope";

export type InquiryTarget =
  | { kind: "product"; slug: string; nameId: string; nameEn: string | null; supplierName: string }
  | { kind: "supplier"; slug: string; supplierName: string };

/** What a new inquiry is about, only when it is published (else null: the page answers 404). */
export async function getInquiryTarget(kind: "product" | "supplier", slug: string): Promise<InquiryTarget | null> {
  if (!isCatalogSlug(slug)) return null;
  if (kind === "product") {
    const product = await db.product.findFirst({
      where: { slug, status: "PUBLISHED", enterprise: { status: "PUBLISHED" } },
      select: { slug: true, nameId: true, nameEn: true, enterprise: { select: { legalName: true, brandName: true } } },
    });
    if (!product) return null;
    const supplierName = product.enterprise.brandName ?? product.enterprise.legalName;
    return { kind, slug: product.slug, nameId: product.nameId, nameEn: product.nameEn, supplierName };
  }
  const enterprise = await db.enterprise.findFirst({ where: { slug, status: "PUBLISHED" }, select: { slug: true, legalName: true, brandName: true } });
  return enterprise ? { kind, slug: enterprise.slug, supplierName: enterprise.brandName ?? enterprise.legalName } : null;
}

const listSelect = {
  id: true,
  subject: true,
  status: true,
  createdAt: true,
  lastMessageAt: true,
  product: { select: { nameId: true, nameEn: true } },
  enterprise: { select: { legalName: true, brandName: true } },
  buyer: { select: { name: true } },
  messages: { select: { side: true }, orderBy: [{ createdAt: "desc" }, { id: "desc" }], take: 1 },
  _count: { select: { messages: { where: { side: "SME" } } } },
} satisfies Prisma.InquirySelect;

export interface InquiryListItem {
  id: string;
  subject: string;
  status: "OPEN" | "CLOSED";
  createdAt: Date;
  lastMessageAt: Date;
  productNameId: string | null;
  productNameEn: string | null;
  supplierName: string;
  buyerName: string;
  lastSide: "BUYER" | "SME" | "STAFF" | null;
  /** OPEN, older than followUpAfterDays and never answered by the SME. */
  needsFollowUp: boolean;
}

export const inquiryPageSize = 20;

export function followUpCutoff(now: Date): Date {
  return new Date(now.getTime() - followUpAfterDays * 24 * 60 * 60 * 1000);
}

function statusWhere(filter: InquiryStatusFilter, now: Date): Prisma.InquiryWhereInput {
  if (filter === "open") return { status: "OPEN" };
  if (filter === "closed") return { status: "CLOSED" };
  if (filter === "follow-up") return { status: "OPEN", createdAt: { lte: followUpCutoff(now) }, messages: { none: { side: "SME" } } };
  return {};
}

/** The party's threads, newest activity first. */
export async function listInquiries(
  party: InquiryParty,
  { page, filter = "all", pageSize, now = new Date() }: { page: number; filter?: InquiryStatusFilter; pageSize?: number; now?: Date },
): Promise<Paginated<InquiryListItem>> {
  const size = clampPageSize(pageSize, inquiryPageSize);
  const where: Prisma.InquiryWhereInput = { ...inquiryScope(party), ...statusWhere(filter, now) };
  const [rows, total] = await Promise.all([
    db.inquiry.findMany({ where, select: listSelect, orderBy: [{ lastMessageAt: "desc" }, { id: "desc" }], ...pageWindow(page, size) }),
    db.inquiry.count({ where }),
  ]);
  const cutoff = followUpCutoff(now);
  const items = rows.map((row) => ({
    id: row.id,
    subject: row.subject,
    status: row.status,
    createdAt: row.createdAt,
    lastMessageAt: row.lastMessageAt,
    productNameId: row.product?.nameId ?? null,
    productNameEn: row.product?.nameEn ?? null,
    supplierName: row.enterprise.brandName ?? row.enterprise.legalName,
    buyerName: row.buyer.name,
    lastSide: row.messages[0]?.side ?? null,
    needsFollowUp: row.status === "OPEN" && row.createdAt <= cutoff && row._count.messages === 0,
  }));
  return { items, total, page, pageSize: size, pageCount: pageCountOf(total, size) };
}

/** Messages shown on a thread page, oldest first (a thread longer than this shows its start). */
export const maxThreadMessages = 500;

const threadSelect = {
  id: true,
  subject: true,
  status: true,
  createdAt: true,
  product: { select: { slug: true, nameId: true, nameEn: true, status: true } },
  enterprise: { select: { slug: true, legalName: true, brandName: true, status: true } },
  buyer: { select: { name: true, city: true } },
  createdBy: { select: { name: true } },
  messages: {
    select: { id: true, side: true, body: true, createdAt: true, author: { select: { name: true } } },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    take: maxThreadMessages,
  },
} satisfies Prisma.InquirySelect;

export type InquiryThread = Prisma.InquiryGetPayload<{ select: typeof threadSelect }>;

/** One thread with its messages, or null when it is not the party's (or does not exist). */
export async function getInquiryThread(party: InquiryParty, id: string): Promise<InquiryThread | null> {
  return db.inquiry.findFirst({ where: { id, ...inquiryScope(party) }, select: threadSelect });
}
