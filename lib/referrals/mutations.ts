// Consent grants and revocations by an SME, and outcomes recorded by a partner. The SME is
// always the session's own enterprise and the partner the session's own organisation, both in
// each write's `where`; every change is audited in the same transaction.
import "server-only";
import { recordAudit } from "@/lib/audit/log";
import { UserFacingError } from "@/lib/auth/action";
import type { PartnerOwner, SmeOwner } from "@/lib/auth/party";
import { db, type DbClient } from "@/lib/db";
import type { ReferralPurpose } from "@/lib/generated/prisma/enums";
import { purposesFor, purposesForOutcome } from "./purposes";
import type { ReferralOutcomeInput } from "./schemas";

export interface ConsentKey {
  partnerOrganizationId: string;
  purpose: ReferralPurpose;
}

async function assertPurposeOffered(client: DbClient, { partnerOrganizationId, purpose }: ConsentKey): Promise<void> {
  const partner = await client.partnerOrganization.findUnique({ where: { id: partnerOrganizationId }, select: { kind: true } });
  if (!partner || !purposesFor(partner.kind).includes(purpose)) throw new UserFacingError("Referrals.errors.purposeNotOffered");
}

/**
 * Shares the enterprise with the partner for the purpose (again, after a revocation: a fresh
 * grantedAt). False when the consent was already active, which changes and audits nothing.
 */
export async function grantConsent(actor: SmeOwner & { ip?: string | null }, key: ConsentKey, now: Date = new Date()): Promise<boolean> {
  return db.$transaction(async (tx) => {
    await assertPurposeOffered(tx, key);
    const where = { enterpriseId: actor.enterpriseId, ...key };
    const renewed = await tx.partnerConsent.updateMany({ where: { ...where, revokedAt: { not: null } }, data: { grantedAt: now, revokedAt: null } });
    // The unique key makes a second, simultaneous first grant a no-op rather than an error.
    const created = renewed.count > 0 ? renewed : await tx.partnerConsent.createMany({ data: [{ ...where, grantedAt: now }], skipDuplicates: true });
    if (created.count === 0) return false;
    await recordAudit(tx, { actorId: actor.userId, action: "consent.grant", entityType: "Enterprise", entityId: actor.enterpriseId, data: { ...key }, ip: actor.ip });
    return true;
  });
}

/** Ends the partner's access at once. False when there was no active consent to revoke. */
export async function revokeConsent(actor: SmeOwner & { ip?: string | null }, key: ConsentKey, now: Date = new Date()): Promise<boolean> {
  return db.$transaction(async (tx) => {
    const revoked = await tx.partnerConsent.updateMany({
      where: { enterpriseId: actor.enterpriseId, ...key, revokedAt: null },
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
    const active = { id: input.consentId, partnerOrganizationId: actor.partnerOrganizationId, revokedAt: null };
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
