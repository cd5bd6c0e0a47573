// What the buyer's profile form starts from: the organisation's fields and its sourced KBLI.
import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";

const buyerProfileSelect = {
  id: true,
  name: true,
  kind: true,
  country: true,
  city: true,
  description: true,
  website: true,
  purchaseVolumeBand: true,
  requiredCertificates: true,
  exportDestinations: true,
  sourcingKbli: { select: { kbli: { select: { code: true, nameId: true, nameEn: true } } }, orderBy: { kbli: { code: "asc" } } },
} satisfies Prisma.BuyerOrganizationSelect;

export type BuyerProfile = Prisma.BuyerOrganizationGetPayload<{ select: typeof buyerProfileSelect }>;

export async function getBuyerProfile(buyerId: string): Promise<BuyerProfile | null> {
  return db.buyerOrganization.findUnique({ where: { id: buyerId }, select: buyerProfileSelect });
}
