// Reads of sourcing requests, each inside its reader's scope: a buyer sees its organisation's
// requests and the offers on them; an SME sees the answerable requests that fit its sectors or
// were forwarded to it (lib/sourcing/fit.ts), without the buyer's contact details; staff see
// everything. Fixed selects; lists are paginated.
import "server-only";
import { db } from "@/lib/db";
import { KBLI_VERSION } from "@/lib/reference/kbli";
import type { Prisma } from "@/lib/generated/prisma/client";
import { clampPageSize, type Paginated, pageCountOf, pageWindow } from "@/lib/pagination";
import { fitCriteria, jakartaToday, sectorFit, type SectorFit, sortOffersByPrice } from "./fit";
import type { RequestStatusFilter } from "./schemas";

export const requestPageSize = 20;

const kbliSelect = { select: { code: true, nameId: true, nameEn: true } } as const;

const listSelect = {
  id: true,
  title: true,
  status: true,
  quantityPerMonth: true,
  unit: true,
  targetPriceMinRupiah: true,
  targetPriceMaxRupiah: true,
  exportDestination: true,
  deadline: true,
  createdAt: true,
  kbli: kbliSelect,
  buyer: { select: { name: true, kind: true, city: true, country: true } },
  _count: { select: { offers: { where: { status: "SUBMITTED" } } } },
} satisfies Prisma.SourcingRequestSelect;

export type RequestListItem = Prisma.SourcingRequestGetPayload<{ select: typeof listSelect }>;

async function paginate(where: Prisma.SourcingRequestWhereInput, page: number, pageSize: number | undefined, orderBy: Prisma.SourcingRequestOrderByWithRelationInput[]) {
  const size = clampPageSize(pageSize, requestPageSize);
  const [items, total] = await Promise.all([
    db.sourcingRequest.findMany({ where, select: listSelect, orderBy, ...pageWindow(page, size) }),
    db.sourcingRequest.count({ where }),
  ]);
  return { items, total, page, pageSize: size, pageCount: pageCountOf(total, size) };
}

// OPEN is declared before CLOSED, so ascending puts open requests first.
const newestOpenFirst: Prisma.SourcingRequestOrderByWithRelationInput[] = [{ status: "asc" }, { createdAt: "desc" }, { id: "asc" }];

/** The organisation's requests, open ones first, with the number of offers on each. */
export function listBuyerRequests(buyerId: string, { page, pageSize }: { page: number; pageSize?: number }): Promise<Paginated<RequestListItem>> {
  return paginate({ buyerId }, page, pageSize, newestOpenFirst);
}

function statusWhere(filter: RequestStatusFilter): Prisma.SourcingRequestWhereInput {
  return filter === "open" ? { status: "OPEN" } : filter === "closed" ? { status: "CLOSED" } : {};
}

/** Every request, for staff. */
export function listAllRequests({ page, filter = "all", pageSize }: { page: number; filter?: RequestStatusFilter; pageSize?: number }): Promise<Paginated<RequestListItem>> {
  return paginate(statusWhere(filter), page, pageSize, newestOpenFirst);
}

const detailSelect = {
  id: true,
  title: true,
  description: true,
  status: true,
  quantityPerMonth: true,
  unit: true,
  targetPriceMinRupiah: true,
  targetPriceMaxRupiah: true,
  requiredCertificates: true,
  exportDestination: true,
  deadline: true,
  closedAt: true,
  createdAt: true,
  kbli: kbliSelect,
  buyer: { select: { name: true, kind: true, city: true, country: true } },
} satisfies Prisma.SourcingRequestSelect;

export type RequestDetail = Prisma.SourcingRequestGetPayload<{ select: typeof detailSelect }>;

const offerSelect = {
  id: true,
  priceRupiah: true,
  unit: true,
  minOrder: true,
  monthlyCapacity: true,
  leadTimeDays: true,
  sampleAvailable: true,
  message: true,
  status: true,
  createdAt: true,
  updatedAt: true,
  enterprise: { select: { id: true, slug: true, legalName: true, brandName: true, status: true, verifiedAt: true } },
} satisfies Prisma.SourcingOfferSelect;

export type OfferRow = Prisma.SourcingOfferGetPayload<{ select: typeof offerSelect }>;

/** Offers are few per request (one per enterprise); this caps what one page compares. */
export const maxOffersShown = 100;

/** One of the organisation's requests with its SUBMITTED offers, cheapest first; null when not theirs. */
export async function getBuyerRequest(buyerId: string, id: string): Promise<(RequestDetail & { offers: OfferRow[] }) | null> {
  const request = await db.sourcingRequest.findFirst({
    where: { id, buyerId },
    select: { ...detailSelect, offers: { where: { status: "SUBMITTED" }, select: offerSelect, take: maxOffersShown } },
  });
  return request ? { ...request, offers: sortOffersByPrice(request.offers) } : null;
}

/** One request for staff, with the buyer's contact, every offer, and the forwards made. */
export async function getRequestForStaff(id: string) {
  const request = await db.sourcingRequest.findUnique({
    where: { id },
    select: {
      ...detailSelect,
      createdBy: { select: { name: true, email: true, phone: true } },
      offers: { select: offerSelect, take: maxOffersShown },
      forwards: {
        select: { createdAt: true, enterprise: { select: { id: true, slug: true, legalName: true, brandName: true } }, forwardedBy: { select: { name: true } } },
        orderBy: { createdAt: "asc" },
      },
    },
  });
  return request ? { ...request, offers: sortOffersByPrice(request.offers) } : null;
}
export type StaffRequestDetail = NonNullable<Awaited<ReturnType<typeof getRequestForStaff>>>;

// ---------------------------------------------------------------- the SME's side

export interface SmeSourcingContext {
  enterpriseId: string;
  published: boolean;
  codes: string[];
}

/** The enterprise's publication and KBLI codes, which decide what it sees. */
export async function getSmeSourcingContext(enterpriseId: string): Promise<SmeSourcingContext | null> {
  const enterprise = await db.enterprise.findUnique({
    where: { id: enterpriseId },
    select: { status: true, primaryKbli: { select: { code: true } }, additionalKbli: { select: { kbli: { select: { code: true } } } } },
  });
  if (!enterprise) return null;
  const codes = [enterprise.primaryKbli?.code, ...enterprise.additionalKbli.map((row) => row.kbli.code)].filter((code): code is string => Boolean(code));
  return { enterpriseId, published: enterprise.status === "PUBLISHED", codes };
}

/** Requests forwarded to the enterprise, or in a KBLI group of one of its codes. */
function visibleWhere(context: SmeSourcingContext): Prisma.SourcingRequestWhereInput {
  const { groups } = fitCriteria(context.codes);
  return {
    OR: [
      { forwards: { some: { enterpriseId: context.enterpriseId } } },
      ...(groups.length > 0 ? [{ kbli: { version: KBLI_VERSION, OR: groups.map((group) => ({ code: { startsWith: group } })) } }] : []),
    ],
  };
}

function answerableWhere(now: Date): Prisma.SourcingRequestWhereInput {
  return { status: "OPEN", OR: [{ deadline: null }, { deadline: { gte: jakartaToday(now) } }] };
}

export type SmeRequestListItem = RequestListItem & { fit: SectorFit; forwarded: boolean; ownOffer: "SUBMITTED" | "WITHDRAWN" | null };

/** The answerable requests the enterprise sees, soonest deadline first. Nothing unless it is published. */
export async function listRequestsForSme(
  context: SmeSourcingContext,
  { page, pageSize, now = new Date() }: { page: number; pageSize?: number; now?: Date },
): Promise<Paginated<SmeRequestListItem>> {
  const size = clampPageSize(pageSize, requestPageSize);
  if (!context.published) return { items: [], total: 0, page, pageSize: size, pageCount: 1 };
  const where: Prisma.SourcingRequestWhereInput = { AND: [answerableWhere(now), visibleWhere(context)] };
  const [rows, total] = await Promise.all([
    db.sourcingRequest.findMany({
      where,
      select: {
        ...listSelect,
        forwards: { where: { enterpriseId: context.enterpriseId }, select: { createdAt: true } },
        offers: { where: { enterpriseId: context.enterpriseId }, select: { status: true } },
      },
      orderBy: [{ deadline: { sort: "asc", nulls: "last" } }, { createdAt: "desc" }, { id: "asc" }],
      ...pageWindow(page, size),
    }),
    db.sourcingRequest.count({ where }),
  ]);
  const items = rows.map(({ forwards, offers, ...row }) => ({
    ...row,
    fit: sectorFit(row.kbli?.code ?? null, context.codes),
    forwarded: forwards.length > 0,
    ownOffer: offers[0]?.status ?? null,
  }));
  return { items, total, page, pageSize: size, pageCount: pageCountOf(total, size) };
}

/**
 * One request the enterprise sees (fits or forwarded; open or not, so an SME that answered can
 * still read it after it closes), with its own offer. Null when it is not visible to them.
 */
export async function getRequestForSme(context: SmeSourcingContext, id: string) {
  if (!context.published) return null;
  const request = await db.sourcingRequest.findFirst({
    where: { AND: [{ id }, visibleWhere(context)] },
    select: {
      ...detailSelect,
      forwards: { where: { enterpriseId: context.enterpriseId }, select: { createdAt: true } },
      offers: { where: { enterpriseId: context.enterpriseId }, select: offerSelect },
    },
  });
  if (!request) return null;
  const { forwards, offers, ...detail } = request;
  return { ...detail, fit: sectorFit(detail.kbli?.code ?? null, context.codes), forwarded: forwards.length > 0, ownOffer: offers[0] ?? null };
}
export type SmeRequestDetail = NonNullable<Awaited<ReturnType<typeof getRequestForSme>>>;

// ---------------------------------------------------------------- staff forwarding

export const maxForwardCandidates = 20;

export interface ForwardCandidate {
  id: string;
  name: string;
  legalName: string;
  kbliCode: string | null;
  fit: SectorFit;
  forwarded: boolean;
}

/** PUBLISHED enterprises whose brand or legal name contains the search, for the forward form. */
export async function searchForwardCandidates(requestId: string, query: string): Promise<ForwardCandidate[]> {
  const q = query.trim().slice(0, 100);
  if (q.length < 2) return [];
  const request = await db.sourcingRequest.findUnique({ where: { id: requestId }, select: { kbli: { select: { code: true } } } });
  if (!request) return [];
  const rows = await db.enterprise.findMany({
    where: {
      status: "PUBLISHED",
      OR: [{ brandName: { contains: q, mode: "insensitive" } }, { legalName: { contains: q, mode: "insensitive" } }],
    },
    select: {
      id: true,
      legalName: true,
      brandName: true,
      primaryKbli: { select: { code: true } },
      additionalKbli: { select: { kbli: { select: { code: true } } } },
      forwardedRequests: { where: { requestId }, select: { requestId: true } },
    },
    orderBy: [{ brandName: "asc" }, { legalName: "asc" }, { id: "asc" }],
    take: maxForwardCandidates,
  });
  return rows.map((row) => {
    const codes = [row.primaryKbli?.code, ...row.additionalKbli.map((item) => item.kbli.code)].filter((code): code is string => Boolean(code));
    return {
      id: row.id,
      name: row.brandName ?? row.legalName,
      legalName: row.legalName,
      kbliCode: row.primaryKbli?.code ?? null,
      fit: sectorFit(request.kbli?.code ?? null, codes),
      forwarded: row.forwardedRequests.length > 0,
    };
  });
}
