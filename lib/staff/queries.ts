import "server-only";
import { db } from "@/lib/db";
import type { CurationStatus } from "@/lib/generated/prisma/client";

export type StaffOverview = {
  enterprisesByStatus: Partial<Record<CurationStatus, number>>;
  productsByStatus: Partial<Record<CurationStatus, number>>;
  buyerOrganizations: number;
  openSourcingRequests: number;
  upcomingEvents: number;
};

/** The staff dashboard's counts, in one round of parallel aggregate queries. */
export async function getStaffOverview(now: Date = new Date()): Promise<StaffOverview> {
  const [enterpriseGroups, productGroups, buyerOrganizations, openSourcingRequests, upcomingEvents] = await Promise.all([
    db.enterprise.groupBy({ by: ["status"], _count: { _all: true }, orderBy: { status: "asc" } }),
    db.product.groupBy({ by: ["status"], _count: { _all: true }, orderBy: { status: "asc" } }),
    db.buyerOrganization.count(),
    db.sourcingRequest.count({ where: { status: "OPEN" } }),
    db.event.count({ where: { status: { in: ["DRAFT", "PUBLISHED"] }, endsAt: { gt: now } } }),
  ]);
  const enterprisesByStatus: Partial<Record<CurationStatus, number>> = {};
  for (const group of enterpriseGroups) enterprisesByStatus[group.status] = group._count._all;
  const productsByStatus: Partial<Record<CurationStatus, number>> = {};
  for (const group of productGroups) productsByStatus[group.status] = group._count._all;
  return { enterprisesByStatus, productsByStatus, buyerOrganizations, openSourcingRequests, upcomingEvents };
}
