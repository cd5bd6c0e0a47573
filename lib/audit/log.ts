// The audit log: who did what to which record, when and from where. Written in the same
// transaction as the change it records (pass `tx`).
import type { DbClient } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";

/** Every action the log records (the audit viewer offers them as a filter). */
export const auditActions = [
  "auth.sign-in",
  "auth.sign-in-failed",
  "auth.sign-in-rate-limited",
  "user.register",
  "user.verify-email",
  "user.verification-resent",
  "user.password-reset-requested",
  "user.password-reset",
  "user.password-change",
  "user.invite",
  "user.invitation-accepted",
  "user.role-change",
  "user.deactivate",
  "user.reactivate",
  "certificate.create",
  "certificate.delete",
  "certificate.verify",
  "user.update-profile",
  "user.export-data",
  "user.delete",
  "export-readiness.submit",
  "export-readiness.verify",
  "enterprise.publish",
  "enterprise.request-revision",
  "enterprise.reject",
  "enterprise.resubmit",
  "enterprise.submit",
  "enterprise.update-profile",
  "enterprise.photo-add",
  "enterprise.photo-delete",
  "enterprise.assisted-create",
  "enterprise.assisted-edit",
  "enterprise.takeover",
  "certificate.update",
  "product.create",
  "product.update",
  "product.delete",
  "product.photo-add",
  "product.photo-delete",
  "product.submit",
  "product.resubmit",
  "product.publish",
  "product.request-revision",
  "product.reject",
  "buyer.update-profile",
  "shortlist.add",
  "shortlist.remove",
  "inquiry.create",
  "inquiry.reply",
  "inquiry.close",
  "sourcing-request.create",
  "sourcing-request.update",
  "sourcing-request.close",
  "sourcing-request.forward",
  "sourcing-offer.submit",
  "sourcing-offer.withdraw",
  "match.generate",
  "match.weights",
  "match.approve",
  "match.veto",
  "match.pin",
  "match.unpin",
  "match.manual",
  "match.note",
  "match.respond",
  "meeting.request",
  "event.create",
  "event.update",
  "event.publish",
  "event.unpublish",
  "event.cancel",
  "event.complete",
  "event.register",
  "event.withdraw",
  "participant.approve",
  "participant.waitlist",
  "participant.reject",
  "participant.check-in",
  "participant.check-in-undo",
  "meeting.respond",
  "meeting.cancel",
  "meeting.must-happen",
  "meeting.outcome",
  "meeting.no-show",
  "meeting.held",
  "schedule.generate",
  "schedule.publish",
  "schedule.unpublish",
  "schedule.move",
  "schedule.unplace",
  "follow-up.remind",
  "report.export",
  "consent.grant",
  "consent.revoke",
  "referral.outcome",
  "audit.export",
] as const;

export type AuditAction = (typeof auditActions)[number];

export interface AuditEntry {
  actorId: string | null;
  action: AuditAction;
  entityType: string;
  entityId?: string | null;
  data?: Prisma.InputJsonValue;
  ip?: string | null;
}

export async function recordAudit(client: DbClient, entry: AuditEntry): Promise<void> {
  await client.auditLog.create({
    data: {
      actorId: entry.actorId,
      action: entry.action,
      entityType: entry.entityType,
      entityId: entry.entityId ?? null,
      data: entry.data,
      ip: entry.ip ?? null,
    },
    select: { id: true },
  });
}
