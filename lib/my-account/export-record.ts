// The personal-data download's record of processing: what was done to the person's account and
// records (what, when, by which role), and the sign-in attempts made with their email. Other
// people stay unnamed (no actor ids, no details that may name them) and their addresses stay out:
// an IP address is given only on a row the person made themselves.
import type { DbClient } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";

/** Audit entries the user made, or made about the user's account. */
export function auditRowsOf(userId: string): Prisma.AuditLogWhereInput {
  return { OR: [{ actorId: userId }, { entityType: "User", entityId: userId }] };
}

/** The person's own business records, whose audit entries are about them too. */
export interface OwnRecords {
  enterpriseId: string | null;
  productIds: string[];
  certificateIds: string[];
}

function auditRowsAbout(userId: string, records: OwnRecords): Prisma.AuditLogWhereInput {
  const about: Prisma.AuditLogWhereInput[] = [...(auditRowsOf(userId).OR as Prisma.AuditLogWhereInput[])];
  if (records.enterpriseId) about.push({ entityType: "Enterprise", entityId: records.enterpriseId });
  if (records.productIds.length > 0) about.push({ entityType: "Product", entityId: { in: records.productIds } });
  if (records.certificateIds.length > 0) about.push({ entityType: "Certificate", entityId: { in: records.certificateIds } });
  return { OR: about };
}

export async function exportProcessingRecord(client: DbClient, user: { id: string; email: string }, records: OwnRecords) {
  const [audit, attempts] = await Promise.all([
    client.auditLog.findMany({
      where: auditRowsAbout(user.id, records),
      select: { id: true, action: true, entityType: true, entityId: true, createdAt: true, ip: true, actorId: true, actor: { select: { role: true } } },
      orderBy: { id: "asc" },
    }),
    client.signInAttempt.findMany({ where: { email: user.email }, select: { succeeded: true, ip: true, createdAt: true }, orderBy: { id: "asc" } }),
  ]);
  return {
    auditLog: audit.map((row) => {
      const self = row.actorId === user.id;
      // The person's own action on another account names that account: its id stays out.
      const otherAccount = row.entityType === "User" && row.entityId !== user.id;
      return {
        id: row.id,
        action: row.action,
        entityType: row.entityType,
        entityId: otherAccount ? null : row.entityId,
        at: row.createdAt,
        // "system": no one signed in did it (a scheduled job, or someone typing this email).
        by: self ? "self" : (row.actor?.role ?? "system"),
        ...(self && row.ip ? { ip: row.ip } : {}),
      };
    }),
    // Anyone may type this email; only a successful sign-in was the person, from their address.
    signInAttempts: attempts.map((attempt) => ({ at: attempt.createdAt, succeeded: attempt.succeeded, ...(attempt.succeeded ? { ip: attempt.ip } : {}) })),
  };
}
