import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";

const accountSelect = {
  id: true,
  email: true,
  name: true,
  phone: true,
  role: true,
  locale: true,
  createdAt: true,
  enterprise: { select: { legalName: true, brandName: true } },
  buyerOrganization: { select: { name: true } },
  partnerOrganization: { select: { name: true } },
} satisfies Prisma.UserSelect;

export type AccountSummary = Prisma.UserGetPayload<{ select: typeof accountSelect }>;

/** What the "My account" page shows about the signed-in user. */
export async function getAccountSummary(userId: string): Promise<AccountSummary | null> {
  return db.user.findFirst({ where: { id: userId, deletedAt: null }, select: accountSelect });
}
