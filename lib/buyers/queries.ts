import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { type Paginated, pageCountOf, pageWindow } from "@/lib/pagination";

const buyerOrganizationSelect = {
  id: true,
  name: true,
  kind: true,
  city: true,
  country: true,
  description: true,
  website: true,
  purchaseVolumeBand: true,
  requiredCertificates: true,
  verifiedAt: true,
} satisfies Prisma.BuyerOrganizationSelect;

export type BuyerOrganizationSummary = Prisma.BuyerOrganizationGetPayload<{ select: typeof buyerOrganizationSelect }>;

export async function getBuyerOrganization(organizationId: string): Promise<BuyerOrganizationSummary | null> {
  return db.buyerOrganization.findUnique({ where: { id: organizationId }, select: buyerOrganizationSelect });
}

const sourcingRequestSelect = {
  id: true,
  title: true,
  quantityPerMonth: true,
  unit: true,
  targetPriceMinRupiah: true,
  targetPriceMaxRupiah: true,
  deadline: true,
  status: true,
  kbli: { select: { code: true, nameId: true, nameEn: true } },
} satisfies Prisma.SourcingRequestSelect;

export type SourcingRequestRow = Prisma.SourcingRequestGetPayload<{ select: typeof sourcingRequestSelect }>;

/** The organisation's sourcing requests: open ones first, then the newest. */
export async function listSourcingRequests(
  organizationId: string,
  { page, pageSize = 10 }: { page: number; pageSize?: number },
): Promise<Paginated<SourcingRequestRow>> {
  const where = { buyerId: organizationId } satisfies Prisma.SourcingRequestWhereInput;
  const [items, total] = await Promise.all([
    db.sourcingRequest.findMany({
      where,
      // OPEN is declared before CLOSED, so ascending puts open requests first.
      orderBy: [{ status: "asc" }, { createdAt: "desc" }, { id: "asc" }],
      ...pageWindow(page, pageSize),
      select: sourcingRequestSelect,
    }),
    db.sourcingRequest.count({ where }),
  ]);
  return { items, total, page, pageSize, pageCount: pageCountOf(total, pageSize) };
}
