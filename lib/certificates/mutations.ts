// Writes to certificates. Ownership is part of every `where`: an SME only ever touches rows of
// its own enterprise. Each write records its audit entry in the same transaction.
import { isUniqueViolation } from "@/lib/accounts/constraint-errors";
import { recordAudit } from "@/lib/audit/log";
import { UserFacingError } from "@/lib/auth/action";
import type { DbClient } from "@/lib/db";
import type { AddCertificateInput } from "./schemas";

export interface OwnerContext {
  userId: string;
  enterpriseId: string;
}

export interface StoredDocument {
  key: string;
  name: string;
  contentType: string;
}

export async function createCertificate(
  tx: DbClient,
  owner: OwnerContext,
  input: Omit<AddCertificateInput, "document">,
  document: StoredDocument | null,
): Promise<string> {
  try {
    const certificate = await tx.certificate.create({
      data: {
        enterpriseId: owner.enterpriseId,
        type: input.type,
        number: input.number,
        name: input.name,
        issuedAt: input.issuedAt,
        expiresAt: input.expiresAt,
        documentKey: document?.key ?? null,
        documentName: document?.name ?? null,
        documentType: document?.contentType ?? null,
      },
      select: { id: true },
    });
    await recordAudit(tx, {
      actorId: owner.userId,
      action: "certificate.create",
      entityType: "Certificate",
      entityId: certificate.id,
      data: { type: input.type, number: input.number, document: document !== null },
    });
    return certificate.id;
  } catch (error) {
    if (isUniqueViolation(error, "number")) throw new UserFacingError("Certificates.form.duplicate", "number");
    throw error;
  }
}

/** Deletes one of the owner's certificates; returns its document key (to remove after commit), or throws when not theirs. */
export async function deleteOwnCertificate(tx: DbClient, owner: OwnerContext, certificateId: string): Promise<string | null> {
  const certificate = await tx.certificate.findFirst({
    where: { id: certificateId, enterpriseId: owner.enterpriseId },
    select: { id: true, type: true, number: true, documentKey: true },
  });
  if (!certificate) throw new UserFacingError("Certificates.notFound");
  await tx.certificate.deleteMany({ where: { id: certificate.id, enterpriseId: owner.enterpriseId } });
  await recordAudit(tx, {
    actorId: owner.userId,
    action: "certificate.delete",
    entityType: "Certificate",
    entityId: certificate.id,
    data: { type: certificate.type, number: certificate.number },
  });
  return certificate.documentKey;
}

/** Staff confirm a certificate; a certificate already verified stays as it was. */
export async function markCertificateVerified(tx: DbClient, staffId: string, certificateId: string, now = new Date()): Promise<void> {
  const updated = await tx.certificate.updateMany({
    where: { id: certificateId, verifiedAt: null },
    data: { verifiedAt: now, verifiedById: staffId },
  });
  if (updated.count === 0) {
    const exists = await tx.certificate.count({ where: { id: certificateId } });
    if (exists === 0) throw new UserFacingError("Certificates.notFound");
    return;
  }
  await recordAudit(tx, { actorId: staffId, action: "certificate.verify", entityType: "Certificate", entityId: certificateId });
}
