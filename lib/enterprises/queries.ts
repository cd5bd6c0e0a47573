import "server-only";
import { db } from "@/lib/db";
import type { CurationStatus, Prisma } from "@/lib/generated/prisma/client";

const enterpriseSummarySelect = {
  id: true,
  slug: true,
  legalName: true,
  brandName: true,
  legalForm: true,
  status: true,
  verifiedAt: true,
  exportReadinessTier: true,
  primaryKbli: { select: { code: true, nameId: true, nameEn: true } },
  kecamatan: { select: { name: true } },
  certificates: {
    select: { id: true, type: true, name: true, number: true, expiresAt: true, verifiedAt: true },
    orderBy: [{ expiresAt: { sort: "asc", nulls: "last" } }, { type: "asc" }],
    take: 50,
  },
} satisfies Prisma.EnterpriseSelect;

export type EnterpriseSummary = Prisma.EnterpriseGetPayload<{ select: typeof enterpriseSummarySelect }> & {
  productCounts: Partial<Record<CurationStatus, number>>;
};

/** The enterprise owned by this SME user, with its products counted by curation status. */
export async function getEnterpriseSummaryForOwner(userId: string): Promise<EnterpriseSummary | null> {
  const enterprise = await db.enterprise.findFirst({ where: { ownerId: userId }, select: enterpriseSummarySelect });
  if (!enterprise) return null;
  const groups = await db.product.groupBy({
    by: ["status"],
    where: { enterpriseId: enterprise.id },
    _count: { _all: true },
    orderBy: { status: "asc" },
  });
  const productCounts: Partial<Record<CurationStatus, number>> = {};
  for (const group of groups) productCounts[group.status] = group._count._all;
  return { ...enterprise, productCounts };
}
