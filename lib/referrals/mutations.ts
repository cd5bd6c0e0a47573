// Consent grants and revocations by an SME, and outcomes recorded by a partner. The SME is
// always the session's own enterprise and the partner the session's own organisation, both in
// each write's `where`; every change is audited in the same transaction.
import "server-only";
import { recordAudit } from "@/lib/audit/log";
import { UserFacingError } from "@/lib/auth/action";
import type { PartnerOwner, SmeOwner } from "@/lib/auth/party";
import { db, type DbClient } from "@/lib/db";
import type { ReferralPurpose } from "@/lib/generated/prisma/enums";
import { periodBounds } from "@/lib/forms/period";
import { activeConsentWhere } from "./active";
import { offeredPurposes, purposesForOutcome } from "./purposes";
import type { ReferralOutcomeInput } from "./schemas";

export interface ConsentKey {
  partnerOrganizationId: string;
  purpose: ReferralPurpose;
}

async function assertPurposeOffered(client: DbClient, { partnerOrganizationId, purpose }: ConsentKey): Promise<void> {
  const partner = await client.partnerOrganization.findUnique({ where: { id: partnerOrganizationId }, select: { kind: true, offeredPurposes: true } });
  if (!partner || !offeredPurposes(partner).includes(purpose)) throw new UserFacingError("Referrals.errors.purposeNotOffered");
}

/** Sharing through the day `endsOn` (WIB) ends at the midnight after it. The last day must come after today. */
function endOfSharing(endsOn: string | null, now: Date): Date | null {
  if (endsOn === null) return null;
  const endsAt = periodBounds({ from: null, to: endsOn }).end;
  // The midnight after a last day of today or earlier is at most 24 hours away; tomorrow's is further.
  if (!endsAt || endsAt.getTime() <= now.getTime() + 86_400_000) throw new UserFacingError("Referrals.errors.endDateNotFuture", "endsOn");
  return endsAt;
}

/**
 * Shares the enterprise with the partner for the purpose until the end of `endsOn` (WIB), or
 * until revoked when it is null. After a revocation or a past end, a fresh grantedAt; an active
 * consent gets the new end. False when nothing changes, which audits nothing.
 */
export async function grantConsent(actor: SmeOwner & { ip?: string | null }, key: ConsentKey, endsOn: string | null = null, now: Date = new Date()): Promise<boolean> {
  const endsAt = endOfSharing(endsOn, now);
  return db.$transaction(async (tx) => {
    await assertPurposeOffered(tx, key);
    const where = { enterpriseId: actor.enterpriseId, ...key };
    const active = activeConsentWhere(now);
    const renewed = await tx.partnerConsent.updateMany({ where: { ...where, NOT: active }, data: { grantedAt: now, endsAt, revokedAt: null } });
    const changed =
      renewed.count > 0
        ? renewed
        : await tx.partnerConsent.updateMany({ where: { ...where, AND: [active, endsAt === null ? { endsAt: { not: null } } : { OR: [{ endsAt: null }, { endsAt: { not: endsAt } }] }] }, data: { endsAt } });
    // The unique key makes a second, simultaneous first grant a no-op rather than an error.
    const created = changed.count > 0 ? changed : await tx.partnerConsent.createMany({ data: [{ ...where, grantedAt: now, endsAt }], skipDuplicates: true });
    if (created.count === 0) return false;
    const data = { ...key, endsOn, endsAt: endsAt?.toISOString() ?? null };
    await recordAudit(tx, { actorId: actor.userId, action: "consent.grant", entityType: "Enterprise", entityId: actor.enterpriseId, data, ip: actor.ip });
    return true;
  });
}

/** Ends the partner's access at once. False when there was no active consent to revoke. */
export async function revokeConsent(actor: SmeOwner & { ip?: string | null }, key: ConsentKey, now: Date = new Date()): Promise<boolean> {
  return db.$transaction(async (tx) => {
    const revoked = await tx.partnerConsent.updateMany({
      where: { enterpriseId: actor.enterpriseId, ...key, AND: [activeConsentWhere(now)] },
      data: { revokedAt: now },
    });
    if (revoked.count === 0) return false;
    await recordAudit(tx, { actorId: actor.userId, action: "consent.revoke", entityType: "Enterprise", entityId: actor.enterpriseId, data: { ...key }, ip: actor.ip });
    return true;
  });
}

/**
 * Records what came of a referral. The consent must be active and the partner's own: the first
 * statement is an UPDATE with that condition in its `where`, so it also locks the consent row and
 * a revocation arriving meanwhile waits for this outcome rather than racing it.
 */
export async function recordReferralOutcome(actor: PartnerOwner, input: ReferralOutcomeInput, now: Date = new Date()): Promise<string> {
  return db.$transaction(async (tx) => {
    const active = { id: input.consentId, partnerOrganizationId: actor.partnerOrganizationId, AND: [activeConsentWhere(now)] };
    const locked = await tx.partnerConsent.updateMany({ where: { ...active, purpose: { in: purposesForOutcome(input.kind) } }, data: { updatedAt: now } });
    if (locked.count === 0) {
      const exists = await tx.partnerConsent.count({ where: active });
      throw exists > 0 ? new UserFacingError("Referrals.errors.kindNotForPurpose", "kind") : new UserFacingError("Referrals.errors.notFound");
    }
    const outcome = await tx.partnerReferralOutcome.create({
      data: { consentId: input.consentId, kind: input.kind, amountRupiah: input.amount, note: input.note, recordedById: actor.userId, createdAt: now },
      select: { id: true },
    });
    await recordAudit(tx, {
      actorId: actor.userId,
      action: "referral.outcome",
      entityType: "PartnerConsent",
      entityId: input.consentId,
      data: { kind: input.kind, amountRupiah: input.amount?.toString() ?? null },
    });
    return outcome.id;
  });
}
