import "server-only";
import { db } from "@/lib/db";
import { dealOutcomes } from "@/lib/events/queries";

export type ProgrammeFigures = {
  publishedEnterprises: number;
  publishedProducts: number;
  buyerOrganizations: number;
  partnerOrganizations: number;
  meetingsHeld: number;
  dealValueRupiah: bigint;
};

/** The programme's public figures: who takes part, and what past events achieved. */
export async function getProgrammeFigures(now: Date = new Date()): Promise<ProgrammeFigures> {
  const pastEvent = { endsAt: { lte: now }, status: { in: ["PUBLISHED" as const, "COMPLETED" as const] } };
  const [publishedEnterprises, publishedProducts, buyerOrganizations, partnerOrganizations, meetingsHeld, deals] =
    await Promise.all([
      db.enterprise.count({ where: { status: "PUBLISHED" } }),
      db.product.count({ where: { status: "PUBLISHED", enterprise: { status: "PUBLISHED" } } }),
      db.buyerOrganization.count(),
      db.partnerOrganization.count(),
      db.meeting.count({ where: { status: "HELD", event: pastEvent } }),
      db.meeting.aggregate({
        where: { status: "HELD", outcome: { in: [...dealOutcomes] }, event: pastEvent },
        _sum: { dealValueRupiah: true },
      }),
    ]);
  return {
    publishedEnterprises,
    publishedProducts,
    buyerOrganizations,
    partnerOrganizations,
    meetingsHeld,
    dealValueRupiah: deals._sum.dealValueRupiah ?? 0n,
  };
}
