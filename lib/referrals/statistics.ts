// Referral statistics for staff (/staf/rujukan): consents by partner and purpose, outcomes by
// kind, KUR approvals and their amount, all from SQL aggregates (no rows loaded).
import "server-only";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { PartnerKind, ReferralOutcomeKind, ReferralPurpose } from "@/lib/generated/prisma/enums";
import { outcomeKinds } from "./purposes";

export interface ConsentFigures {
  partnerOrganizationId: string;
  partnerName: string;
  partnerKind: PartnerKind;
  purpose: ReferralPurpose;
  active: number;
  /** Not revoked, but past the end the SME chose. */
  ended: number;
  revoked: number;
}

export interface PartnerOutcomeFigures {
  partnerOrganizationId: string;
  partnerName: string;
  byKind: Record<ReferralOutcomeKind, number>;
  kurApproved: number;
  kurApprovedRupiah: bigint;
}

export interface ReferralStatistics {
  consents: ConsentFigures[];
  outcomes: PartnerOutcomeFigures[];
  totals: { active: number; ended: number; revoked: number; byKind: Record<ReferralOutcomeKind, number>; kurApproved: number; kurApprovedRupiah: bigint };
}

const emptyKinds = (): Record<ReferralOutcomeKind, number> => Object.fromEntries(outcomeKinds.map((kind) => [kind, 0])) as Record<ReferralOutcomeKind, number>;

export async function getReferralStatistics(now: Date = new Date()): Promise<ReferralStatistics> {
  // Prisma keeps timestamps as UTC in columns without a time zone: compare in UTC whatever the session's zone.
  const at = Prisma.sql`(${now.toISOString()}::timestamptz AT TIME ZONE 'UTC')`;
  const [consentRows, outcomeRows] = await Promise.all([
    db.$queryRaw<{ id: string; name: string; kind: PartnerKind; purpose: ReferralPurpose; active: number; ended: number; revoked: number }[]>(Prisma.sql`
      SELECT p."id", p."name", p."kind", c."purpose",
             count(*) FILTER (WHERE c."revokedAt" IS NULL AND (c."endsAt" IS NULL OR c."endsAt" > ${at}))::int AS "active",
             count(*) FILTER (WHERE c."revokedAt" IS NULL AND c."endsAt" <= ${at})::int AS "ended",
             count(*) FILTER (WHERE c."revokedAt" IS NOT NULL)::int AS "revoked"
      FROM "PartnerConsent" c JOIN "PartnerOrganization" p ON p."id" = c."partnerOrganizationId"
      GROUP BY p."id", p."name", p."kind", c."purpose"
      ORDER BY p."name", c."purpose"`),
    db.$queryRaw<{ id: string; name: string; kind: ReferralOutcomeKind; count: number; amount: bigint | null }[]>(Prisma.sql`
      SELECT p."id", p."name", o."kind", count(*)::int AS "count", sum(o."amountRupiah")::bigint AS "amount"
      FROM "PartnerReferralOutcome" o
      JOIN "PartnerConsent" c ON c."id" = o."consentId"
      JOIN "PartnerOrganization" p ON p."id" = c."partnerOrganizationId"
      GROUP BY p."id", p."name", o."kind"
      ORDER BY p."name"`),
  ]);

  const consents = consentRows.map((row) => ({ partnerOrganizationId: row.id, partnerName: row.name, partnerKind: row.kind, purpose: row.purpose, active: row.active, ended: row.ended, revoked: row.revoked }));
  const byPartner = new Map<string, PartnerOutcomeFigures>();
  const totals = { active: 0, ended: 0, revoked: 0, byKind: emptyKinds(), kurApproved: 0, kurApprovedRupiah: 0n };
  for (const row of consents) {
    totals.active += row.active;
    totals.ended += row.ended;
    totals.revoked += row.revoked;
  }
  for (const row of outcomeRows) {
    let partner = byPartner.get(row.id);
    if (!partner) {
      partner = { partnerOrganizationId: row.id, partnerName: row.name, byKind: emptyKinds(), kurApproved: 0, kurApprovedRupiah: 0n };
      byPartner.set(row.id, partner);
    }
    partner.byKind[row.kind] = row.count;
    totals.byKind[row.kind] += row.count;
    if (row.kind === "KUR_APPROVED") {
      partner.kurApproved = row.count;
      partner.kurApprovedRupiah = row.amount ?? 0n;
      totals.kurApproved += row.count;
      totals.kurApprovedRupiah += row.amount ?? 0n;
    }
  }
  return { consents, outcomes: [...byPartner.values()], totals };
}
